import { freePort } from '@tickwire/bus/testing';
import { killTree, runCommand } from '../support/process-tree';

describe('the terminal client (npm run client)', () => {
  it('says which URL failed and why when it cannot get a token', async () => {
    const port = await freePort();
    const client = runCommand(
      'npx',
      ['tsx', '--tsconfig', 'tools/tsconfig.json', 'tools/client/client.ts', 'AAPL'],
      {
        TICKWIRE_URL: `http://127.0.0.1:${port}`,
      },
    );
    try {
      const [line] = await client.waitFor(/cannot get a token: .*\n/, 30_000);
      expect(line).toContain(`POST http://127.0.0.1:${port}/api/auth/guest failed:`);
      expect(line).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
      expect(line).not.toContain('fetch failed');
    } finally {
      killTree(client);
    }
  }, 60_000);
});
