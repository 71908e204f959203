// The client address of a live request. Astro's `clientAddress` is the left-most
// X-Forwarded-For value whenever that header is present (astro/dist/core/app/node.js), i.e.
// whatever the client wrote; so the socket address is stamped on each request as Node
// receives it, and the trust rule in client-address.ts picks from the socket and the header.
import { subscribe } from 'node:diagnostics_channel';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { clientAddressFrom, parseTrustProxy } from '~/lib/server/client-address';
import { config } from '~/lib/server/config';

const PEER_HEADER = 'x-summit-peer-address';
// The stamp carries a per-process nonce, so a client sending the header itself is never believed.
const NONCE = randomBytes(16).toString('hex');
let installed = false;

/** Stamps every incoming HTTP request with its socket address (before Astro builds its Request). */
export function installPeerAddressStamp(): void {
  if (installed) return;
  installed = true;
  // Published by Node's HTTP server before the 'request' event, so before any adapter sees it.
  subscribe('http.server.request.start', (message) => {
    const { request } = message as { request: IncomingMessage };
    request.headers[PEER_HEADER] = `${NONCE} ${request.socket.remoteAddress ?? ''}`;
  });
}

function peerAddress(request: Request, astroAddress: string): string {
  const [nonce, address] = (request.headers.get(PEER_HEADER) ?? '').split(' ');
  if (nonce === NONCE && address) return address;
  // Not stamped (a server that never loaded the stamp): Astro's value is the socket only without the header.
  return request.headers.has('x-forwarded-for') ? 'unknown-peer' : astroAddress;
}

/** The address to count a request by (rate limits): see clientAddressFrom for the rule and TRUST_PROXY. */
export function clientAddress(request: Request, astroAddress: string): string {
  return clientAddressFrom({
    peer: peerAddress(request, astroAddress),
    forwardedFor: request.headers.get('x-forwarded-for'),
    trustedProxies: parseTrustProxy(config('TRUST_PROXY')),
  });
}
