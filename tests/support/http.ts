// fetch for tests, tolerant of one transport race: Node's server closes an idle keep-alive
// socket after 5 s, and under load the client can reuse it at that instant ("other side
// closed"). The request never reached the app, so it is sent once more on a new socket.

const RACE_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

function isKeepAliveRace(err: unknown): boolean {
  const cause = err instanceof Error ? (err.cause as { code?: string } | undefined) : undefined;
  return err instanceof TypeError && typeof cause?.code === 'string' && RACE_CODES.has(cause.code);
}

/** `fetch`, retried once when the connection dropped before any response arrived. */
export async function http(input: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (err) {
    if (!isKeepAliveRace(err)) throw err;
    return fetch(input, init);
  }
}
