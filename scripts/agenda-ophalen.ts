/**
 * `npm run agenda:ophalen`: imports the partners' calendars (content/partner-agendas.json) into
 * content/agenda/ (issue 18, point 2; src/lib/agenda-import.ts, docs/agenda-ophalen.md).
 *
 *   npm run agenda:ophalen                        content/ (or CONTENT_ROOT)
 *   npm run agenda:ophalen -- --map <folder>      another content folder (tests, a copy)
 *   npm run agenda:ophalen -- --commit            commit what changed in <folder>/agenda (only there),
 *                                                 as "Agenda's van partners opgehaald [skip ci]"
 *   npm run agenda:ophalen -- --uitvoer <file>    append `commit=<sha>` (empty: nothing new) to <file>
 *                                                 (the pipelines pass $GITHUB_OUTPUT)
 *   npm run agenda:ophalen -- --samenvatting <f>  append the Dutch report to <f> ($GITHUB_STEP_SUMMARY)
 *
 * A feed that cannot be fetched or read is reported in Dutch and skipped: the exit code stays 0, so
 * a partner's broken calendar never stops the nightly publish. Exit 1 only when the list of
 * calendars itself is wrong (the content check says the same) or the commit fails.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { formatReport, importAgendas } from '../src/lib/agenda-import';
import { registry } from '../src/schemas/registry';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const contentRoot = path.resolve(option('--map') ?? process.env.CONTENT_ROOT ?? 'content');
const summary = option('--samenvatting');
const output = option('--uitvoer');

const report = await importAgendas({ contentRoot, now: process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : undefined });
const text = formatReport(report);
console.log(`Agenda's van partners ophalen (${path.relative(process.cwd(), contentRoot) || '.'}):\n${text}`);
if (summary) fs.appendFileSync(summary, `### Agenda's van partners\n\n${text.split('\n').map((l) => `- ${l}`).join('\n')}\n`);
if (report.fouten.some((f) => f.partner === "Agenda's van partners")) process.exit(1);

let commit = '';
if (args.includes('--commit')) {
  const dir = path.join(contentRoot, registry.agenda.folder);
  const git = (...a: string[]) => execFileSync('git', a, { cwd: contentRoot, encoding: 'utf8' }).trim();
  if (git('status', '--porcelain', '--', dir)) {
    git('add', '--', dir);
    // Only the agenda folder, with an identity of its own; [skip ci]: the run that made it publishes it.
    git('-c', 'user.name=Vief agenda', '-c', 'user.email=agenda@localhost', 'commit', '-q', '-m', "Agenda's van partners opgehaald [skip ci]", '--', dir);
    commit = git('rev-parse', 'HEAD');
    console.log(`Bewaard in commit ${commit}.`);
  }
}
if (output) fs.appendFileSync(output, `commit=${commit}\n`);
