// The client address of a live request. Astro's `clientAddress` is the left-most
// X-Forwarded-For value whenever that header is present (astro/dist/core/app/node.js), i.e.
// whatever the client wrote; so server/index.mjs passes the socket's address in as
// `locals.peerAddress`, and the trust rule in client-address.ts picks from it and the header.
import type { ActionAPIContext } from 'astro:actions';
import { clientAddressFrom, parseTrustProxy } from '~/lib/server/client-address';
import { config } from '~/lib/server/config';

type RequestContext = Pick<ActionAPIContext, 'request' | 'clientAddress' | 'locals'>;

function peerAddress({ request, locals, clientAddress }: RequestContext): string {
  if (locals.peerAddress) return locals.peerAddress;
  // Not behind server/index.mjs (astro dev): Astro's value is the socket only without the header.
  return request.headers.has('x-forwarded-for') ? 'unknown-peer' : clientAddress;
}

/** The address to count a request by (rate limits): see clientAddressFrom for the rule and TRUST_PROXY. */
export function clientAddress(context: RequestContext): string {
  return clientAddressFrom({
    peer: peerAddress(context),
    forwardedFor: context.request.headers.get('x-forwarded-for'),
    trustedProxies: parseTrustProxy(config('TRUST_PROXY')),
  });
}
