import { SUBPROTOCOLS, type Subprotocol } from './constants';

/**
 * The server's choice for a handshake: `offered` is the client's Sec-WebSocket-Protocol list in
 * its order. No header (empty list) keeps JSON without naming a protocol (`null`); otherwise the
 * first offered protocol the server supports, or `undefined` when none is: refuse with 400
 * naming SUBPROTOCOL_PREFERENCE.
 */
export function selectSubprotocol(offered: Iterable<string>): Subprotocol | null | undefined {
  let any = false;
  for (const name of offered) {
    any = true;
    if ((SUBPROTOCOLS as readonly string[]).includes(name)) return name as Subprotocol;
  }
  return any ? undefined : null;
}
