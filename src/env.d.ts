/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in user, filled once per request by the session middleware. */
    user: import('./lib/server/auth/session').SessionUser | null;
    /** The validated session, or null for visitors. */
    session: import('./lib/server/auth/session').Session | null;
  }
}
