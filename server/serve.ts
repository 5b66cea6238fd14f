/**
 * The submission endpoint as a small node:http server for `npm start` (scripts/start.mjs): it
 * turns each request into a Web Request for server/inzending.ts and writes the Response back.
 * The site's dev server forwards /api/inzending here (astro.config.mjs, INZENDING_PROXY), so the
 * page posts to its own origin, as it does on Netlify.
 *
 * Environment: INZENDING_PORT (8082), BIND_HOST (127.0.0.1), and those of server/from-env.ts.
 * Behind a reverse proxy on the same machine (nginx: `location = /api/inzending { proxy_pass
 * http://127.0.0.1:8082; proxy_set_header X-Real-IP $remote_addr; }`) set INZENDING_ACHTER_PROXY=ja,
 * so the rate limit counts the reader's address (X-Real-IP) instead of the proxy's.
 */
import http from 'node:http';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { handlerFromEnv } from './from-env';

type Handler = (request: Request, info?: { address?: string }) => Promise<Response>;

export function nodeServer(handler: Handler, { behindProxy = false } = {}): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(url, {
        method: req.method,
        headers,
        ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
      } as RequestInit);
      const realIp = req.headers['x-real-ip'];
      const address = behindProxy && typeof realIp === 'string' && realIp ? realIp : (req.socket.remoteAddress ?? undefined);
      const response = await handler(request, { address });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      console.error(`inzending: ${e instanceof Error ? e.message : e}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Er ging iets mis bij het insturen. Probeer het later opnieuw.');
    }
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.INZENDING_PORT || 8082);
  const host = process.env.BIND_HOST || '127.0.0.1';
  try {
    // Only the local Git writer is a developer's machine: there a missing SMTP server prints the mail.
    const dev = (process.env.INZENDING_GIT || 'lokaal') === 'lokaal';
    const server = nodeServer(handlerFromEnv(process.env, { dev }), { behindProxy: process.env.INZENDING_ACHTER_PROXY === 'ja' });
    server.listen(port, host, () => console.log(`Doe mee: inzendingen op http://${host}:${port}/api/inzending`));
  } catch (e) {
    console.error(`✗ ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
