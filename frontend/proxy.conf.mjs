// The dev server's proxy to the gateway (`npm start`, `nx run frontend:serve`): /api, /health and
// the /ws WebSocket go to the gateway on PORT (default 3000), as tools/start-dev.mjs runs it.
//
// Vite prints every proxy error with a stack trace. The usual ones are not bugs: a gateway that
// resets a proxied WebSocket (it dropped the connection: a restart, a close while the page's
// frames were unread) or is down for a moment (nx serve restarts it on every change). Each
// becomes one line, and the client's side is finished as Vite would (502 for HTTP, end for /ws).
const gateway = `127.0.0.1:${process.env.PORT || 3000}`;

function configure(proxy) {
  const emit = proxy.emit.bind(proxy);
  proxy.emit = (event, ...args) => {
    if (event !== 'error') return emit(event, ...args);
    const [error, request, target] = args;
    const websocket = !('req' in target);
    // The path only: a /ws query holds the connection's ticket.
    const path = (request?.url ?? '').split('?')[0];
    console.error(
      `[proxy] ${websocket ? 'WebSocket' : 'HTTP'} ${path}: ${error.message} ` +
        `(gateway ${gateway}${websocket ? '; the page reconnects' : ''})`,
    );
    if (websocket) target.end();
    else if (!target.headersSent && !target.writableEnded) {
      target.writeHead(502, { 'content-type': 'text/plain' }).end('gateway unavailable\n');
    }
    return true;
  };
}

export default {
  '/api': { target: `http://${gateway}`, secure: false, configure },
  '/health': { target: `http://${gateway}`, secure: false, configure },
  '/ws': { target: `ws://${gateway}`, ws: true, secure: false, configure },
};
