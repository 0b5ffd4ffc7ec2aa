import { type TokenResponse } from '@tickwire/protocol';

/** An access token of the development `demo` user (plan `pro`: every tier). */
export async function demoToken(baseUrl: string): Promise<string> {
  return token(`${baseUrl}/api/auth/login`, { username: 'demo', password: 'demo' });
}

/** An access token of the development `admin` user (plan `pro`, role `admin`). */
export async function adminToken(baseUrl: string): Promise<string> {
  return token(`${baseUrl}/api/auth/login`, { username: 'admin', password: 'admin' });
}

/** An access token of a fresh guest (plan `guest`: public tier only). */
export async function guestToken(baseUrl: string): Promise<string> {
  return token(`${baseUrl}/api/auth/guest`, {});
}

async function token(url: string, body: object): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as TokenResponse).accessToken;
}
