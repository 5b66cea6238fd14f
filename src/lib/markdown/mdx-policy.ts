/**
 * MDX is a programming language; content is not (issue 8, point 1). An .mdx file under content/
 * may use MDX for one thing only: the components a developer put in src/user-components/.
 * Everything else that would run code or load something is refused with the file and line:
 *
 * - `import` other than `import Naam from '…/src/user-components/Naam.astro'` (or `{ Naam }`),
 * - any `export`,
 * - any `{expression}` (in the text or as an attribute value, also `{...spread}`),
 * - any JSX element that is not one of those imported components: <script>, <iframe>, <style>,
 *   <object>, <embed>, <svg>, <img onerror>, even <b> (use Markdown, or a content block),
 * - on…= attributes and javascript:/data:/vbscript: addresses on an allowed component,
 * - text that is not valid MDX (a lone `{` or `<3`; such text belongs in a .md file).
 *
 * `checkMdx` is what the content validation runs before every build (all problems at once);
 * `mdxPolicyPlugin` runs the same check inside the Markdown pipeline, so `astro dev` (which only
 * logs validation problems) still never compiles, let alone runs, such a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast, type MdastPluginEntry } from 'satteri';
import { isDangerousUrl } from './safety';
import { describeFile, linesBeforeBody, MarkdownContentError } from './location';

/** The only folder content may import components from. */
export const USER_COMPONENTS_DIR = fileURLToPath(new URL('../../user-components/', import.meta.url));

export interface MdxViolation {
  /** Line in the file (frontmatter included) when the file is known. */
  line?: number;
  problem: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start?: { line?: number } };
}

const NAME = '[A-Z][A-Za-z0-9]*';
const IMPORT = new RegExp(
  `^import\\s+(?:(${NAME})|\\{\\s*(${NAME}(?:\\s+as\\s+${NAME})?(?:\\s*,\\s*${NAME}(?:\\s+as\\s+${NAME})?)*)\\s*,?\\s*\\})\\s+from\\s+(['"])([^'"\\n]+)\\3\\s*;?$`,
);
const HINT = 'zet gewone tekst in een .md-bestand, of gebruik een blok (:::tipkader, :::citaat, ::foto, ::video)';

/** Split an ESM block into statements, each with the line (within the block) it starts on. */
function statements(value: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  value.split('\n').forEach((line, i) => {
    if (/^\s*(import|export)\b/.test(line) || out.length === 0) out.push({ text: line, offset: i });
    else out[out.length - 1].text += `\n${line}`;
  });
  return out.filter((s) => s.text.trim());
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Every rule broken in an .mdx body; `fileURL` gives the folder imports are resolved from and the line offset. */
export function checkMdx(body: string, fileURL?: URL, userComponentsDir = USER_COMPONENTS_DIR): MdxViolation[] {
  const offset = linesBeforeBody(fileURL, body);
  const at = (line: number | undefined) => (line ? line + offset : undefined);
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, directive: true } }) as unknown as Node;
  } catch (e) {
    const message = (e as Error).message;
    const m = /^(\d+):\d+: (.*)$/s.exec(message);
    return [{ line: at(m ? Number(m[1]) : undefined), problem: `dit is geen geldige MDX (een losse { of < is in een .mdx-bestand code); ${HINT} [${(m?.[2] ?? message).split('\n')[0]}]` }];
  }
  const violations: MdxViolation[] = [];
  const allowed = new Set<string>();
  const dir = fileURL?.protocol === 'file:' ? path.dirname(fileURLToPath(fileURL)) : undefined;

  const visit = (node: Node) => {
    const line = at(node.position?.start?.line);
    switch (node.type) {
      case 'mdxjsEsm':
        for (const s of statements(String(node.value ?? ''))) {
          const where = line !== undefined ? line + s.offset : undefined;
          const text = s.text.trim();
          if (/^export\b/.test(text)) {
            violations.push({ line: where, problem: `"export" is code en niet toegestaan in een stuk; ${HINT}` });
            continue;
          }
          const m = IMPORT.exec(text);
          const source = m?.[4];
          const target = source && dir && source.startsWith('.') ? path.resolve(dir, source) : undefined;
          if (!m || !target || !isInside(target, userComponentsDir) || !fs.existsSync(target)) {
            violations.push({
              line: where,
              problem: `"${text.split('\n')[0].slice(0, 80)}" kan niet: een stuk mag alleen onderdelen importeren uit src/user-components/ (import Naam from '…/src/user-components/Naam.astro')`,
            });
            continue;
          }
          if (m[1]) allowed.add(m[1]);
          else for (const part of m[2].split(',')) allowed.add(part.trim().split(/\s+as\s+/).pop()!);
        }
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        violations.push({ line, problem: `{${String(node.value ?? '').slice(0, 40)}} is code en niet toegestaan in een stuk; schrijf \\{ voor een accolade, of ${HINT}` });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!name || !allowed.has(name)) {
          violations.push({
            line,
            problem: !name
              ? `<>…</> is code en niet toegestaan in een stuk; ${HINT}`
              : /^[a-z]/.test(name)
                ? `HTML-code <${name}> is niet toegestaan in een stuk; ${HINT}`
                : `onbekend onderdeel <${name}>: alleen onderdelen uit src/user-components/ die bovenaan geïmporteerd worden`,
          });
        } else {
          for (const a of node.attributes ?? []) {
            if (a.type !== 'mdxJsxAttribute') violations.push({ line, problem: `{…} bij <${name}> is code en niet toegestaan; schrijf eigenschappen als naam="tekst"` });
            else if (/^on/i.test(a.name ?? '')) violations.push({ line, problem: `de eigenschap "${a.name}" bij <${name}> is code en niet toegestaan` });
            else if (a.value && typeof a.value === 'object') violations.push({ line, problem: `${a.name}={…} bij <${name}> is code en niet toegestaan; schrijf ${a.name}="tekst"` });
            else if (typeof a.value === 'string' && isDangerousUrl(a.value)) violations.push({ line, problem: `het adres "${a.value.slice(0, 40)}" bij <${name}> is niet toegestaan` });
          }
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return violations;
}

/** True when `fileURL` is a content file (under CONTENT_ROOT, default ./content). */
function isContentFile(fileURL: URL | undefined): boolean {
  if (fileURL?.protocol !== 'file:') return false;
  return isInside(fileURLToPath(fileURL), path.resolve(process.env.CONTENT_ROOT ?? 'content'));
}

/** Pipeline guard: an .mdx content file that breaks a rule is never compiled (nor run). */
export const mdxPolicyPlugin: MdastPluginEntry = (ctx) => {
  if (ctx.sourceFormat !== 'mdx' || !isContentFile(ctx.fileURL)) return null;
  const [first] = checkMdx(ctx.source, ctx.fileURL);
  if (first) throw new MarkdownContentError(describeFile(ctx.fileURL), first.line, first.problem);
  return null;
};
