// The signed-in hint cookie (src/lib/server/auth/signed-in-hint.ts): read from a Cookie header.
import { describe, expect, it } from 'vitest';
import { hasSignedInHint } from '~/lib/server/auth/signed-in-hint';

describe('the signed-in hint', () => {
  it('is found among other cookies', () => {
    expect(hasSignedInHint('theme=dark; summit_signed_in=1; x=y')).toBe(true);
  });

  it('is absent for visitors, cleared hints and look-alike names', () => {
    expect(hasSignedInHint('')).toBe(false);
    expect(hasSignedInHint('summit_signed_in=')).toBe(false);
    expect(hasSignedInHint('not_summit_signed_in=1')).toBe(false);
  });
});
