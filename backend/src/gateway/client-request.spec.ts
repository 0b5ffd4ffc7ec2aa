import { InvalidFrame, parseClientFrame, peekRequestId } from './client-request';

/** The id `parseClientFrame` would read from the frame (as a request or in its InvalidFrame). */
function parsedId(text: string): string | undefined {
  try {
    return parseClientFrame(text).id;
  } catch (error) {
    return error instanceof InvalidFrame ? error.id : undefined;
  }
}

describe('peekRequestId', () => {
  const frames = [
    '{"op":"ping","id":"r1"}',
    '{ "id" : "r2" , "op":"ping"}',
    '{"op":"subscribe","id":"\\u00e9\\"q","symbols":["A"]}',
    '{"op":"ping","x":{"id":"nested"},"id":"top"}',
    '{"op":"ping","s":"\\"id\\":\\"in-a-string\\"","t":1}',
    '{"op":"ping","a":[{"id":"in-array"}],"id":"after"}',
    '{"id":"first","id":"last"}',
    '{"id":42}',
    '{"id":""}',
    `{"id":"${'x'.repeat(65)}"}`,
    `{"id":"${'y'.repeat(64)}"}`,
    '{"op":"ping","id":"Ünïcödé-✓"}',
    '[{"id":"in-array"}]',
    '"id"',
    '{"op":"ping","id":"cut',
    '{"op":"ping","id"',
    'not json at all',
  ];

  it.each(frames)('reads the id parseClientFrame reads: %s', (text) => {
    expect(peekRequestId(Buffer.from(text, 'utf8'))).toEqual(parsedId(text));
  });

  it('stays linear on a frame of nested brackets and escapes', () => {
    const hostile = Buffer.from(`{"a":${'['.repeat(30_000)}"${'\\"'.repeat(15_000)}`);
    const start = process.hrtime.bigint();
    expect(peekRequestId(hostile)).toBeUndefined();
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(50);
  });
});
