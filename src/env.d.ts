/// <reference types="astro/client" />
import type { LoginSession, SessionUser } from './lib/server/auth/session';

// A module (it imports types), so Astro's global `App` namespace is extended from `declare global`.
declare global {
  namespace App {
    interface Locals {
      /** The signed-in user, filled once per request by the session middleware. */
      user: SessionUser | null;
      /** The validated session, or null for visitors. */
      session: LoginSession | null;
      /**
       * Set by an action that refused for too many attempts: the page answering a form action
       * sends it as Retry-After (Astro passes the page only the error's message and status).
       */
      retryAfterSec?: number;
      /**
       * The TCP peer's address, passed in by server/index.mjs (absent under `astro dev`); the
       * rate limits count by it through clientAddress() (src/lib/server/client-address.server.ts).
       */
      peerAddress?: string;
    }
  }
}
