/**
 * msgpackr is not a dependency (docs/architecture.md, "Binary encoding" says why): the comparison
 * includes it when it is installed (`npm install --no-save msgpackr`), and skips it otherwise.
 * esbuild leaves a require() it cannot resolve inside try/catch to fail at run time.
 */
export interface Msgpackr {
  pack(value: unknown): Uint8Array;
  unpack(bytes: Uint8Array): unknown;
}

export function loadMsgpackr(): Msgpackr | null {
  try {
    const { Packr, Unpackr } = require('msgpackr') as {
      Packr: new (options: object) => { pack(value: unknown): Uint8Array };
      Unpackr: new (options: object) => { unpack(bytes: Uint8Array): unknown };
    };
    // Safe options: no records (their reader is built with new Function), plain objects.
    const packr = new Packr({ useRecords: false });
    const unpackr = new Unpackr({ useRecords: false, mapsAsObjects: true });
    return { pack: (value) => packr.pack(value), unpack: (bytes) => unpackr.unpack(bytes) };
  } catch {
    return null;
  }
}
