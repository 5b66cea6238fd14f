/**
 * Serves dist/ with nginx exactly as in production (deploy/nginx/vief.conf, i.e. the headers of
 * src/security/headers.ts, CSP enforced) on a local port. The browser tests use it.
 *
 *   npx tsx scripts/serve-nginx.ts [--port 4329] [--root dist]
 *
 * nginx runs in the foreground with its pid, logs and temp files in a temporary folder, so it
 * needs no system configuration and leaves nothing behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { headerRules, toNginx } from '../src/security/headers';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', '4329'));
const root = path.resolve(arg('root', 'dist'));

const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
if (!nginx) {
  console.error('✗ nginx ontbreekt: de browsertests serveren dist/ zoals in productie.\n  Installeer het met:  sudo apt-get install -y nginx');
  process.exit(1);
}
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`✗ ${root} bevat geen gebouwde site: eerst npm run build.`);
  process.exit(1);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-nginx-'));
const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find((p) => fs.existsSync(p));
if (mimeTypes) fs.copyFileSync(mimeTypes, path.join(dir, 'mime.types'));
else fs.writeFileSync(path.join(dir, 'mime.types'), 'types { text/html html; text/css css; application/javascript js; }\n');
fs.writeFileSync(path.join(dir, 'vief.conf'), toNginx(headerRules(process.env)));
const isRoot = process.getuid?.() === 0;
fs.writeFileSync(
  path.join(dir, 'nginx.conf'),
  `${isRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${dir}/vief.conf;
  }
}
`,
);

const test = spawnSync(nginx, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
if (test.status !== 0) {
  console.error(`✗ nginx-configuratie ongeldig:\n${test.stderr}`);
  process.exit(1);
}
const child = spawn(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
console.log(`nginx serveert ${root} op http://127.0.0.1:${port}/`);
const stop = () => {
  child.kill('SIGQUIT');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
