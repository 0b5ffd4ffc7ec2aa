import { freePort } from '@tickwire/bus/testing';
import { startGateway } from '@tickwire/testing';
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

  it.each([
    ['--binary', 'MessagePack'],
    ['(no option)', 'JSON'],
  ])(
    '%s prints live quotes over %s',
    async (option, encoding) => {
      const gateway = await startGateway();
      const args = option.startsWith('--') ? [option, 'AAPL'] : ['AAPL'];
      const client = runCommand(
        'npx',
        ['tsx', '--tsconfig', 'tools/tsconfig.json', 'tools/client/client.ts', ...args],
        { TICKWIRE_URL: gateway.url },
      );
      try {
        await client.waitFor(
          new RegExp(`connected as guest-\\S+ \\(guest\\), epoch \\S+, ${encoding}\n`),
          30_000,
        );
        // The snapshot, then an update: two quote lines of AAPL with a price.
        await client.waitFor(/(AAPL +\d+(\.\d+)? .*\n[^]*){2}/, 30_000);
        expect(client.output()).not.toMatch(/unreadable frame|error [A-Z_]+:/);
      } finally {
        killTree(client);
        expect(await gateway.stop()).toBe(0);
      }
    },
    90_000,
  );
});
