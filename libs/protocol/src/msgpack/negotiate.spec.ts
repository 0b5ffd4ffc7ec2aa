import {
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_MSGPACK,
  SUBPROTOCOL_PREFERENCE,
  selectSubprotocol,
} from './index';

describe('selectSubprotocol', () => {
  it('keeps JSON without naming a protocol when the client offers none', () => {
    expect(selectSubprotocol([])).toBeNull();
  });

  it.each([
    [[SUBPROTOCOL_MSGPACK, SUBPROTOCOL_JSON], SUBPROTOCOL_MSGPACK],
    [[SUBPROTOCOL_JSON, SUBPROTOCOL_MSGPACK], SUBPROTOCOL_JSON],
    [['tickwire.v2.cbor', SUBPROTOCOL_JSON], SUBPROTOCOL_JSON],
    [new Set(['chat', SUBPROTOCOL_MSGPACK]), SUBPROTOCOL_MSGPACK],
  ])('picks the first supported protocol of the client list %p', (offered, selected) => {
    expect(selectSubprotocol(offered)).toBe(selected);
  });

  it('finds none in a list of unsupported protocols: the handshake is refused', () => {
    expect(selectSubprotocol(['chat', 'TICKWIRE.V1.JSON'])).toBeUndefined();
  });

  it('names MessagePack first in the preference the 400 answer lists', () => {
    expect(SUBPROTOCOL_PREFERENCE.join(', ')).toBe('tickwire.v1.msgpack, tickwire.v1.json');
  });
});
