// Which address a request comes from, for rate limits: the one rule, as pure functions.
// X-Forwarded-For is written left to right, each proxy appending the address it saw, so
// only the right-most entries (added by proxies we run) can be trusted; the left-most is the client's own.
import { isIP } from 'node:net';

/** How many proxies in front of the server append to X-Forwarded-For (0: the header is ignored). */
export function parseTrustProxy(value: string | undefined): number {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false' || v === 'no') return 0;
  if (v === 'true' || v === 'yes') return 1;
  const n = Number(v);
  // A typo must not silently trust the header: anything else means no proxy.
  return Number.isInteger(n) && n > 0 && n <= 10 ? n : 0;
}

/**
 * The client's address: the socket peer when no proxy is trusted; otherwise the N-th
 * X-Forwarded-For entry from the right (the address the outermost trusted proxy saw).
 * A chain shorter than N (the request skipped a proxy) falls back to its left-most entry;
 * a malformed entry falls back to the peer, so garbage never becomes a fresh bucket.
 */
export function clientAddressFrom(input: {
  peer: string;
  forwardedFor: string | null;
  trustedProxies: number;
}): string {
  const { peer, forwardedFor, trustedProxies } = input;
  if (trustedProxies <= 0 || !forwardedFor) return peer;
  const hops = forwardedFor
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (hops.length === 0) return peer;
  const chosen = hops[Math.max(0, hops.length - trustedProxies)] ?? '';
  const address = stripPort(chosen);
  return isIP(address) ? address.toLowerCase() : peer;
}

// Some proxies write "1.2.3.4:5678" or "[2001:db8::1]:443".
function stripPort(hop: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(hop);
  return v4?.[1] ?? hop;
}
