import { build } from 'esbuild';
import { join } from 'node:path';

/** A TypeScript entry bundled as one classic script for a page (aliases from bench/tsconfig). */
export async function bundleForPage(entry: string): Promise<string> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    tsconfig: join(__dirname, '..', 'tsconfig.json'),
  });
  return bundle.outputFiles[0].text;
}
