/**
 * Where a problem in an article sits, written for the person who has to fix it:
 * the file relative to the project (when known) and the line number in that file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Positioned {
  position?: { start?: { line?: number } } | undefined;
}

/** A mistake in an article's Markdown. `message` reads "<file>, regel <n>: <problem>". */
export class MarkdownContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line ? `, regel ${line}` : ''}: ${problem}`);
    this.name = 'MarkdownContentError';
  }
}

export function describeFile(fileURL: URL | undefined): string {
  if (!fileURL) return 'onbekend bestand';
  const absolute = fileURL.protocol === 'file:' ? fileURLToPath(fileURL) : fileURL.href;
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/**
 * Astro hands the processor the body without its frontmatter (content
 * collections also trim it), so parser line numbers start after the
 * frontmatter. When the file on disk ends with that body, this is the number
 * of lines before it.
 */
export function linesBeforeBody(fileURL: URL | undefined, body: string): number {
  if (fileURL?.protocol !== 'file:') return 0;
  try {
    const file = fs.readFileSync(fileURL, 'utf8').trimEnd();
    const rest = body.trimEnd();
    return file.endsWith(rest) ? file.slice(0, file.length - rest.length).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

export function contentError(
  ctx: { fileURL: URL | undefined; source: string },
  node: Positioned | undefined,
  problem: string,
): MarkdownContentError {
  const line = node?.position?.start?.line;
  return new MarkdownContentError(describeFile(ctx.fileURL), line ? line + linesBeforeBody(ctx.fileURL, ctx.source) : undefined, problem);
}
