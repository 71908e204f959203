// Inside the Astro server, configuration comes from astro:env: Astro validates ENV_SCHEMA's
// secrets against process.env when this module loads (an invalid value stops it, naming the
// variable). Imported first by src/middleware.ts; never by code that scripts or unit tests load.
import * as env from 'astro:env/server';
import { readConfigFrom } from './config';

readConfigFrom(env);
