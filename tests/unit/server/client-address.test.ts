// Which address a request is counted by: the socket peer unless proxies are trusted, then the
// address the outermost trusted proxy saw — never a value the client wrote itself.
import { describe, expect, it } from 'vitest';
import { clientAddressFrom, parseTrustProxy } from '~/lib/server/client-address';

const peer = '10.9.9.9';
const from = (forwardedFor: string | null, trustedProxies: number) =>
  clientAddressFrom({ peer, forwardedFor, trustedProxies });

describe('parseTrustProxy', () => {
  it('trusts no proxy when unset, empty, 0 or false', () => {
    for (const v of [undefined, '', '0', 'false', 'no', ' ']) expect(parseTrustProxy(v)).toBe(0);
  });
  it('reads 1 and true as one proxy, and a number as that many', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('true')).toBe(1);
    expect(parseTrustProxy(' 2 ')).toBe(2);
  });
  it('trusts nothing on a typo, a fraction or a negative number', () => {
    for (const v of ['l', '1.5', '-1', 'all', '999']) expect(parseTrustProxy(v)).toBe(0);
  });
});

describe('clientAddressFrom', () => {
  it('ignores X-Forwarded-For entirely when no proxy is trusted', () => {
    expect(from('203.0.113.5', 0)).toBe(peer);
    expect(from('203.0.113.5, 198.51.100.1', 0)).toBe(peer);
    expect(from(null, 0)).toBe(peer);
  });

  it('takes the right-most hop behind one proxy, whatever the client wrote to its left', () => {
    expect(from('203.0.113.7, 198.51.100.20', 1)).toBe('198.51.100.20');
    expect(from('198.51.100.20', 1)).toBe('198.51.100.20');
    // The attack: rotating the left-most value buys no fresh budget.
    for (let n = 0; n < 5; n++) expect(from(`203.0.113.${n}, 198.51.100.20`, 1)).toBe('198.51.100.20');
  });

  it('takes the N-th hop from the right behind N proxies', () => {
    expect(from('1.1.1.1, 198.51.100.20, 10.0.0.2', 2)).toBe('198.51.100.20');
    expect(from('1.1.1.1, 198.51.100.20, 10.0.0.3, 10.0.0.2', 3)).toBe('198.51.100.20');
  });

  it('falls back to the left-most hop when the chain is shorter than the proxies configured', () => {
    expect(from('198.51.100.20', 2)).toBe('198.51.100.20');
  });

  it('uses the peer when the header is empty or the chosen hop is not an address', () => {
    expect(from('', 1)).toBe(peer);
    expect(from(' , ', 1)).toBe(peer);
    expect(from('1.2.3.4, not-an-ip', 1)).toBe(peer);
    expect(from('1.2.3.4, unknown', 1)).toBe(peer);
  });

  it('strips ports and brackets, and lower-cases IPv6', () => {
    expect(from('198.51.100.20:5123', 1)).toBe('198.51.100.20');
    expect(from('[2001:DB8::1]:443', 1)).toBe('2001:db8::1');
    expect(from('2001:DB8::2', 1)).toBe('2001:db8::2');
  });
});
