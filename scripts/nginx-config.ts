/**
 * `npm run nginx:config` — the nginx configuration for serving dist/, made from the same rules as
 * dist/_headers (src/security/headers.ts), with the CMS environment variables of this shell
 * (CMS_BACKEND, CMS_BASE_URL, …: they decide which Git host /admin/ may talk to).
 *
 *   npm run --silent nginx:config > /etc/nginx/snippets/vief.conf
 *   # and in the site's server block:  root /srv/vief/dist;  include snippets/vief.conf;
 *
 * With --write it updates deploy/nginx/vief.conf (the default environment, committed so the
 * configuration can be read without running anything; a unit test keeps it in step).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerRules, toNginx } from '../src/security/headers';

export const COMMITTED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../deploy/nginx/vief.conf');

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv.includes('--write')) {
    fs.writeFileSync(COMMITTED, toNginx(headerRules({})));
    console.log(`Bijgewerkt: ${path.relative(process.cwd(), COMMITTED)}`);
  } else {
    process.stdout.write(toNginx(headerRules(process.env)));
  }
}
