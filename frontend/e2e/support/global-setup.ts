import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MISSING_CHROMIUM, findChromium } from '@tickwire/testing';

export default function globalSetup(): void {
  if (!findChromium()) {
    process.stderr.write(`${MISSING_CHROMIUM}\n`);
    process.exit(1);
  }
  const root = join(__dirname, '..', '..', '..');
  if (!existsSync(join(root, 'dist', 'backend')) || !existsSync(join(root, 'dist', 'frontend'))) {
    process.stderr.write('e2e: no production build found: run `npm run build` first\n');
    process.exit(1);
  }
}
