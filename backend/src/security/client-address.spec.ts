import { type Server, createServer, request } from 'node:http';
import { type AddressInfo } from 'node:net';
import { loadConfig } from '../config/app-config';
import { ClientAddress } from './client-address';

/** A real HTTP server answering with the client address it resolved for each request. */
async function serve(env: Record<string, string>): Promise<Server> {
  const addresses = new ClientAddress(loadConfig(env));
  const server = createServer((req, res) => res.end(addresses.of(req)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function addressSeenBy(server: Server, forwardedFor?: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  const headers = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('ClientAddress', () => {
  let server: Server | undefined;
  afterEach(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    server = await serve({});
    expect(await addressSeenBy(server, '203.0.113.9')).toBe('127.0.0.1');
    expect(await addressSeenBy(server)).toBe('127.0.0.1');
  });

  it('takes the hop the trusted proxy saw, not what the client claimed before it', async () => {
    server = await serve({ TRUST_PROXY: '127.0.0.1' });
    expect(await addressSeenBy(server, '203.0.113.9')).toBe('203.0.113.9');
    expect(await addressSeenBy(server, '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await addressSeenBy(server)).toBe('127.0.0.1');
    expect(await addressSeenBy(server, 'not-an-ip')).toBe('127.0.0.1');
  });

  it('walks through a chain of trusted proxies', async () => {
    server = await serve({ TRUST_PROXY: '127.0.0.1,10.0.0.2' });
    expect(await addressSeenBy(server, '198.51.100.1, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9');
    expect(await addressSeenBy(server, '::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('refuses a TRUST_PROXY that is not a list of addresses', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.local' })).toThrow(/^TRUST_PROXY must be/);
  });
});
