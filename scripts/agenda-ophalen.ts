/**
 * `npm run agenda:ophalen`: imports the partners' calendars (content/partner-agendas.json) into
 * content/agenda/ (issue 18, point 2; src/lib/agenda-import.ts, docs/agenda-ophalen.md).
 *
 *   npm run agenda:ophalen                       content/ (or CONTENT_ROOT)
 *   npm run agenda:ophalen -- --map <folder>     another content folder (tests, a copy)
 *   npm run agenda:ophalen -- --samenvatting f   also append the Dutch report to f (GITHUB_STEP_SUMMARY)
 *
 * A feed that cannot be fetched or read is reported in Dutch and skipped: the exit code stays 0, so
 * a partner's broken calendar never stops the nightly publish. Exit 1 only when the list of
 * calendars itself is wrong (the content check says the same).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatReport, importAgendas } from '../src/lib/agenda-import';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const contentRoot = path.resolve(option('--map') ?? process.env.CONTENT_ROOT ?? 'content');
const summary = option('--samenvatting');

const report = await importAgendas({ contentRoot, now: process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : undefined });
const text = formatReport(report);
console.log(`Agenda's van partners ophalen (${path.relative(process.cwd(), contentRoot) || '.'}):\n${text}`);
if (summary) fs.appendFileSync(summary, `### Agenda's van partners\n\n${text.split('\n').map((l) => `- ${l}`).join('\n')}\n`);
const listBroken = report.fouten.some((f) => f.partner === "Agenda's van partners");
process.exit(listBroken ? 1 : 0);
