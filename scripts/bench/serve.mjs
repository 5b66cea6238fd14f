/**
 * A small static file server for the benchmark, behaving like a typical host: directory URLs
 * serve index.html, text files are gzip-compressed when the browser asks for it (Pagefind's index
 * files are already compressed and are sent as they are), caching is off so every run is cold.
 * Optionally it plays a slow connection: `latencyMs` before each response, then `bytesPerSecond`.
 * (Shaping here, in the server, also slows the requests of Pagefind's web worker, which
 * Chromium's per-page network emulation does not cover.)
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml']);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function send(res, data, { latencyMs = 0, bytesPerSecond = 0 }) {
  if (latencyMs) await sleep(latencyMs);
  if (!bytesPerSecond) return res.end(data);
  const chunk = Math.max(1024, Math.round(bytesPerSecond / 20)); // 50 ms slices
  for (let i = 0; i < data.length; i += chunk) {
    res.write(data.subarray(i, i + chunk));
    await sleep((Math.min(chunk, data.length - i) / bytesPerSecond) * 1000);
  }
  res.end();
}

/** Serve `dir` on 127.0.0.1 (a free port). Resolves to { url, close }. */
export function serve(dir, shaping = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
      return;
    }
    const ext = path.extname(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    let data = fs.readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      data = zlib.gzipSync(data, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = data.length;
    res.writeHead(200, headers);
    void send(res, data, shaping);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => (server.closeAllConnections?.(), server.close(r))) });
    });
  });
}
