/**
 * Security headers (issue 8, point 3): one set of rules, two outputs (dist/_headers and the
 * nginx configuration). The committed deploy/nginx/vief.conf must be what the rules produce.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cmsOrigins, headerRules, ruleFor, toHeadersFile, toNginx } from '../../src/security/headers';
import { COMMITTED } from '../../scripts/nginx-config';

const rule = (prefix: string, env = {}) => headerRules(env).find((r) => r.prefix === prefix)!;
const directives = (csp: string) => Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

describe('security headers', () => {
  it('the committed nginx configuration is up to date (npx tsx scripts/nginx-config.ts --write)', () => {
    expect(fs.readFileSync(COMMITTED, 'utf8')).toBe(toNginx(headerRules({})));
  });

  it('site pages allow no inline code and no eval, only this site', () => {
    const csp = directives(rule('/').headers['Content-Security-Policy']);
    for (const [name, values] of Object.entries(csp)) {
      expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(values.filter((v) => /^https?:|^\*$/.test(v)), name).toEqual([]);
    }
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'self'"]);
  });

  it('the e-mail edition (/nieuwsbrief/) may have inline styles but runs nothing and is not indexed (issue 19)', () => {
    const r = rule('/nieuwsbrief/');
    const d = directives(r.headers['Content-Security-Policy']);
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['script-src']).toBeUndefined();
    expect(d['style-src']).toEqual(["'unsafe-inline'"]);
    expect(d['img-src']).toEqual(["'self'", 'https://vief-mvs.nl']);
    expect(r.headers['X-Robots-Tag']).toBe('noindex');
    // Inline styles nowhere else.
    for (const other of headerRules({}).filter((x) => x.prefix !== '/nieuwsbrief/' && !x.prefix.startsWith('/admin/')))
      expect(directives(other.headers['Content-Security-Policy'])['style-src'], other.prefix).not.toContain("'unsafe-inline'");
  });

  it('only the tip van de week may be framed by others; /admin/ never', () => {
    expect(directives(rule('/tips/tip-van-de-week/').headers['Content-Security-Policy'])['frame-ancestors']).toEqual(['*']);
    expect(directives(rule('/admin/').headers['Content-Security-Policy'])['frame-ancestors']).toEqual(["'none'"]);
    expect(rule('/admin/').headers['X-Robots-Tag']).toBe('noindex, nofollow');
  });

  it('/admin/ may talk to the Git host the CMS is configured for, and to no other', () => {
    expect(cmsOrigins({})).toEqual(['http://127.0.0.1:*']);
    expect(cmsOrigins({ CMS_BACKEND: 'github', CMS_REPO: 'vief/magazine' })).toEqual(['https://api.github.com']);
    expect(cmsOrigins({ CMS_BACKEND: 'forgejo', CMS_REPO: 'vief/magazine', CMS_APP_ID: 'x', CMS_BASE_URL: 'https://codeberg.org/' })).toEqual(['https://codeberg.org']);
    const csp = directives(rule('/admin/', { CMS_BACKEND: 'gitlab', CMS_REPO: 'vief/magazine', CMS_APP_ID: 'x' }).headers['Content-Security-Policy']);
    expect(csp['connect-src']).toEqual(["'self'", 'blob:', 'https://gitlab.com']);
  });

  it('HSTS on the site and on /admin/, with an opt-out for a host without HTTPS (HSTS=uit)', () => {
    for (const r of headerRules({})) expect(r.headers['Strict-Transport-Security'], r.prefix).toBe('max-age=31536000');
    expect(toNginx(headerRules({}))).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
    expect(toHeadersFile(headerRules({}))).toMatch(/^\/admin\/\*\n(  .+\n)*  Strict-Transport-Security: max-age=31536000$/m);
    for (const r of headerRules({ HSTS: 'uit' })) expect(r.headers['Strict-Transport-Security'], r.prefix).toBeUndefined();
    expect(toNginx(headerRules({ HSTS: 'uit' }))).not.toContain('Strict-Transport-Security');
  });

  it('ruleFor picks the most specific rule, as nginx does', () => {
    const rules = headerRules({});
    expect(ruleFor(rules, '/admin/')!.prefix).toBe('/admin/');
    expect(ruleFor(rules, '/admin/decap/3.16.3/decap-cms.js')!.prefix).toBe('/admin/decap/');
    // The bundle's folder carries its version, so its files may be kept for a year.
    expect(ruleFor(rules, '/admin/decap/3.16.3/decap-cms.js')!.headers['Cache-Control']).toContain('immutable');
    expect(ruleFor(rules, '/artikelen/x/')!.prefix).toBe('/');
  });

  it('every rule sets every security header, because nginx does not inherit add_header into locations', () => {
    for (const r of headerRules({})) {
      for (const h of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cache-Control']) expect(r.headers[h], `${r.prefix} ${h}`).toBeTruthy();
    }
    const conf = toNginx(headerRules({}));
    expect(conf.match(/^location (?!~)/gm)).toHaveLength(headerRules({}).length);
    expect(conf.match(/add_header Content-Security-Policy/g)).toHaveLength(headerRules({}).length);
  });

  it('the _headers file lists each rule with its path pattern and clears broader values', () => {
    const file = toHeadersFile(headerRules({}));
    expect(file).toMatch(/^\/\*\n  Content-Security-Policy: default-src 'self';/m);
    expect(file).toMatch(/^\/_astro\/\*\n  ! Content-Security-Policy\n  ! Cache-Control\n  ! Cross-Origin-Opener-Policy\n(  .+\n)*  Cache-Control: public, max-age=31536000, immutable$/m);
    expect(file).toMatch(/^\/admin\/\*$/m);
  });
});
