// The readable "signed in" hint cookie, shared by the server (which sets and clears it
// beside the HttpOnly session cookie) and browser scripts on prerendered pages (which
// read it to skip account requests for visitors). It holds no secret, only "1".

/** The hint cookie's name. */
export const SIGNED_IN_HINT_COOKIE = 'summit_signed_in';

/** True when a Cookie header (or `document.cookie`) carries the signed-in hint. */
export function hasSignedInHint(cookieHeader: string): boolean {
  return cookieHeader.split(';').some((part) => part.trim() === `${SIGNED_IN_HINT_COOKIE}=1`);
}
