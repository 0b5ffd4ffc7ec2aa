import { SignJWT } from 'jose';
import { loadConfig } from '../config/app-config';
import { TokenRejectedError, TokenService } from './token.service';

const SECRET = 'a-test-secret-that-is-at-least-32-bytes-long';

function service(env: Record<string, string> = {}): TokenService {
  return new TokenService(loadConfig({ AUTH_SECRET: SECRET, ...env }));
}

function sign(claims: Record<string, unknown>, secret = SECRET, expiresAt = Date.now() + 60_000) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('demo')
    .setIssuer('tickwire')
    .setAudience('tickwire')
    .setExpirationTime(Math.floor(expiresAt / 1000))
    .sign(new TextEncoder().encode(secret));
}

describe('TokenService', () => {
  it('verifies what it issued, with the principal and the expiry it announced', async () => {
    const tokens = service({ ACCESS_TOKEN_TTL: '15m' });
    const before = Date.now();
    const issued = await tokens.issue({ username: 'alice', plan: 'pro' });
    const verified = await tokens.verify(issued.accessToken);
    expect(verified.principal).toEqual({ username: 'alice', plan: 'pro' });
    expect(verified.expiresAt).toBe(issued.expiresAt);
    expect(issued.expiresAt).toBeGreaterThan(before + 15 * 60_000 - 1000);
    expect(issued.expiresAt).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
  });

  it('keeps the session start given at issue time', async () => {
    const tokens = service();
    const authTime = Date.now() - 3_600_000;
    const issued = await tokens.issue({ username: 'alice', plan: 'pro' }, authTime);
    expect((await tokens.verify(issued.accessToken)).authTime).toBe(
      Math.floor(authTime / 1000) * 1000,
    );
  });

  it('rejects a token signed with another secret', async () => {
    const forged = await sign(
      { plan: 'pro', typ: 'access', auth_time: 1 },
      'another-secret-that-is-at-least-32-bytes',
    );
    await expect(service().verify(forged)).rejects.toThrow(TokenRejectedError);
  });

  it('rejects a token issued by another gateway (another random development secret)', async () => {
    const issued = await new TokenService(loadConfig({})).issue({ username: 'a', plan: 'pro' });
    await expect(new TokenService(loadConfig({})).verify(issued.accessToken)).rejects.toThrow(
      'invalid access token',
    );
  });

  it('rejects an expired token and says so', async () => {
    const expired = await sign(
      { plan: 'pro', typ: 'access', auth_time: 1 },
      SECRET,
      Date.now() - 1000,
    );
    await expect(service().verify(expired)).rejects.toThrow('access token expired');
  });

  it('rejects a token whose payload was edited (guest -> pro)', async () => {
    const tokens = service();
    const { accessToken } = await tokens.issue({ username: 'guest-1', plan: 'guest' });
    const [header, payload, signature] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const edited = Buffer.from(JSON.stringify({ ...claims, plan: 'pro' })).toString('base64url');
    await expect(tokens.verify(`${header}.${edited}.${signature}`)).rejects.toThrow(
      TokenRejectedError,
    );
  });

  it('rejects an unsigned token (alg none)', async () => {
    const tokens = service();
    const { accessToken } = await tokens.issue({ username: 'demo', plan: 'pro' });
    const payload = accessToken.split('.')[1];
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    await expect(tokens.verify(`${header}.${payload}.`)).rejects.toThrow(TokenRejectedError);
  });

  it('rejects a correctly signed token with an unknown plan or without auth_time', async () => {
    const tokens = service();
    const badPlan = await sign({ plan: 'platinum', typ: 'access', auth_time: 1 });
    const noAuthTime = await sign({ plan: 'pro', typ: 'access' });
    await expect(tokens.verify(badPlan)).rejects.toThrow(TokenRejectedError);
    await expect(tokens.verify(noAuthTime)).rejects.toThrow(TokenRejectedError);
  });

  it('carries the admin role in the token, and none for ordinary users', async () => {
    const tokens = service();
    const admin = await tokens.issue({ username: 'root', plan: 'pro', role: 'admin' });
    const user = await tokens.issue({ username: 'alice', plan: 'pro' });
    expect((await tokens.verify(admin.accessToken)).principal).toStrictEqual({
      username: 'root',
      plan: 'pro',
      role: 'admin',
    });
    expect((await tokens.verify(user.accessToken)).principal).toStrictEqual({
      username: 'alice',
      plan: 'pro',
    });
    // Tokens signed before roles existed have no role claim: ordinary users.
    const legacy = await sign({ plan: 'pro', typ: 'access', auth_time: 1 });
    expect((await tokens.verify(legacy)).principal).toStrictEqual({
      username: 'demo',
      plan: 'pro',
    });
  });

  it('rejects an unknown role, and an admin guest, even correctly signed', async () => {
    const tokens = service();
    await expect(
      tokens.verify(await sign({ plan: 'pro', role: 'root', typ: 'access', auth_time: 1 })),
    ).rejects.toThrow(TokenRejectedError);
    const guest = await tokens.issue({ username: 'guest-1', plan: 'guest', role: 'admin' });
    await expect(tokens.verify(guest.accessToken)).rejects.toThrow(TokenRejectedError);
  });

  it('rejects garbage', async () => {
    await expect(service().verify('not.a.jwt')).rejects.toThrow(TokenRejectedError);
    await expect(service().verify('')).rejects.toThrow(TokenRejectedError);
  });
});
