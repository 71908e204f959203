// Configuration: the one place code reads environment variables from (schema and defaults in
// env-schema.ts, meanings in README). In the Astro server the values come from astro:env
// (astro-env.ts hands them over before any request); everywhere else — tsx scripts, unit
// tests, db/client.ts under either — from process.env through the same schema (env-fallback.ts).
import { readEnvVariable } from './env-fallback';
import type { EnvName, EnvValues } from './env-schema';

let source: ((name: EnvName) => EnvValues[EnvName]) | undefined;

/** Reads configuration from astro:env's values from now on (called once, by astro-env.ts). */
export function readConfigFrom(values: EnvValues): void {
  source = (name) => values[name];
}

/** A variable's value, typed and defaulted as ENV_SCHEMA says, e.g. `config('SMTP_URL')`. */
export function config<K extends EnvName>(name: K): EnvValues[K] {
  // Outside Astro every call reads process.env afresh: tests set variables per file.
  return (source ? source(name) : readEnvVariable(name)) as EnvValues[K];
}
