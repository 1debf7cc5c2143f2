// The production server: Next's request handler behind node:http, so the client address is ours to set.
// `next start` passes a client's own X-Forwarded-For through (it only fills the header when absent), which let
// anyone pick their address and sidestep every per-address limit. Here each request's forwarding headers are
// replaced by the one address we trust (see client-address.mjs). Used by `npm start` and the e2e server.
import http from 'node:http';
import { parseTrustProxy, setClientAddress } from './client-address.mjs';

const port = Number(process.env.PORT || 3000);
const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);

// As `next start` does: a production server, whatever the shell says (set before Next and React load).
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');
const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  setClientAddress(req, trustProxy);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Internal Server Error');
  });
});
// Longer than the usual proxy/load-balancer idle timeout (60 s), so the proxy closes idle connections first.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
// On every interface, as `next start`. A burst of connections (a class joining at once) queues instead of
// being refused.
server.listen(port, undefined, 4096, () => {
  console.log(`Cited ready on http://localhost:${port}${trustProxy ? ' (trusting one proxy hop for client addresses)' : ''}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
