// Reading configuration outside Astro. tsx scripts (db:seed, db:migrate, admin:create, bench/)
// and unit tests run without Astro's Vite plugins, so `astro:env/server` cannot be imported
// there; this reads process.env through the same schema with Astro's own validator, so a value
// means the same (type, default, refusal) whichever way it was read.
import { validateEnvVariable } from 'astro/env/runtime';
import { ENV_SCHEMA, type EnvName, type EnvValues } from './env-schema';

/** One variable from `env` (process.env by default), validated and defaulted by the schema; throws naming it when invalid. */
export function readEnvVariable<K extends EnvName>(
  name: K,
  env: Record<string, string | undefined> = process.env,
): EnvValues[K] {
  const raw = env[name];
  // As astro:env does: an empty value counts as unset.
  const result = validateEnvVariable(raw === '' ? undefined : raw, ENV_SCHEMA[name]);
  if (!result.ok) throw new Error(`${name} is invalid (${result.errors.join(', ')}): ${JSON.stringify(raw)}`);
  return result.value as EnvValues[K];
}
