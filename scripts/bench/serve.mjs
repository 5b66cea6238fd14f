/**
 * A small static file server for the benchmark, behaving like a typical host: directory URLs
 * serve index.html, text files are gzip-compressed when the browser asks for it (Pagefind's index
 * files are already compressed and are sent as they are), caching is off so every run is cold.
 * Optionally it plays a slow connection: `latencyMs` before each response, then `bytesPerSecond`.
 * (Shaping here, in the server, also slows the requests of Pagefind's web worker, which
 * Chromium's per-page network emulation does not cover.)
 * With `headers: true` it also sends the headers of dist/_headers (Netlify / Cloudflare Pages
 * syntax: path patterns with *, indented "Name: value" lines, "! Name" removes), like such a host,
 * including its Cache-Control (so the run is not cold then).
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

/** Rules from a _headers file: [{ pattern: RegExp, set: [[name, value]], remove: [name] }]. */
function readHeadersFile(file) {
  if (!fs.existsSync(file)) return [];
  const rules = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${re}$`), set: [], remove: [] });
    } else if (rules.length) {
      const t = line.trim();
      if (t.startsWith('!')) rules.at(-1).remove.push(t.slice(1).trim().toLowerCase());
      else {
        const i = t.indexOf(':');
        rules.at(-1).set.push([t.slice(0, i).trim().toLowerCase(), t.slice(i + 1).trim()]);
      }
    }
  }
  return rules;
}

/** Serve `dir` on 127.0.0.1 (a free port). Resolves to { url, close }. */
export function serve(dir, shaping = {}) {
  const root = path.resolve(dir);
  const headerRules = shaping.headers ? readHeadersFile(path.join(root, '_headers')) : [];
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
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    for (const rule of headerRules) {
      if (!rule.pattern.test(urlPath)) continue;
      for (const name of rule.remove) delete headers[name];
      for (const [name, value] of rule.set) headers[name] = value;
    }
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
