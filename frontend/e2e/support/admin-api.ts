/** Logs in over HTTP (as a script would) and returns the access token. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login of ${username}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Starts a scenario through the admin API; returns the HTTP status. */
export async function runScenario(
  baseUrl: string,
  token: string,
  command: Record<string, unknown>,
): Promise<number> {
  const response = await fetch(`${baseUrl}/api/admin/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(command),
  });
  return response.status;
}
