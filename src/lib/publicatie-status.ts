/**
 * "Staat mijn wijziging al op de website?" (issue 13, item 4). Pure functions, no fetch: the caller
 * (cms/publicatie-status-ui.ts in /admin/, or a test) gets three things and this module compares them:
 *
 *   1. /versie.json of the live site (written by the build: src/pages/versie.json.ts);
 *   2. the newest commit on the publish branch, from the Git host's API;
 *   3. optionally the newest pipeline run for that branch (queued/running, failed, passed).
 *
 * and says it in plain Dutch. Responses are normalised per host (GitHub, GitLab, Forgejo/Gitea) from
 * the shapes in their API documentation; tests/unit/publicatie-status.test.ts feeds recorded examples.
 */

export interface Versie {
  /** The commit the live site was built from (full SHA), or null when the build did not know it. */
  commit: string | null;
  /** When the live site was built (ISO 8601). */
  gebouwd: string;
}

export interface LaatsteWijziging {
  sha: string;
  /** When it was committed (ISO 8601). */
  datum?: string;
}

export type PipelineToestand = 'bezig' | 'gelukt' | 'mislukt';
export interface Pipeline {
  sha: string;
  toestand: PipelineToestand;
}

export type Host = 'github' | 'gitlab' | 'forgejo' | 'gitea';

/** Read /versie.json; undefined when it is not what the build writes. */
export function parseVersie(raw: unknown): Versie | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { commit, gebouwd } = raw as Record<string, unknown>;
  if (typeof gebouwd !== 'string' || Number.isNaN(Date.parse(gebouwd))) return undefined;
  return { commit: typeof commit === 'string' && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.toLowerCase() : null, gebouwd };
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * The newest commit on the branch, from:
 * - GitHub  GET /repos/{owner}/{repo}/commits/{branch}          → { sha, commit: { committer: { date } } }
 * - GitLab  GET /projects/{id}/repository/commits/{branch}      → { id, committed_date }
 * - Forgejo GET /repos/{owner}/{repo}/branches/{branch}         → { name, commit: { id, timestamp } }
 */
export function laatsteWijziging(host: Host, response: unknown): LaatsteWijziging | undefined {
  const r = obj(response);
  let sha: string | undefined;
  let datum: string | undefined;
  if (host === 'github') {
    sha = str(r.sha);
    datum = str(obj(obj(r.commit).committer).date);
  } else if (host === 'gitlab') {
    sha = str(r.id);
    datum = str(r.committed_date);
  } else {
    const c = obj(r.commit);
    sha = str(c.id);
    datum = str(c.timestamp);
  }
  return sha ? { sha: sha.toLowerCase(), ...(datum ? { datum } : {}) } : undefined;
}

/**
 * The newest pipeline run for the branch, from:
 * - GitHub  GET /repos/{owner}/{repo}/actions/runs?branch=…&per_page=1 → { workflow_runs: [{ head_sha, status, conclusion }] }
 * - GitLab  GET /projects/{id}/pipelines?ref=…&per_page=1                → [{ sha, status }]
 * - Forgejo GET /repos/{owner}/{repo}/actions/tasks?limit=…              → { workflow_runs: [{ head_sha, head_branch, status }] }
 * Runs are newest first in all three. For Forgejo (no branch filter) pass the branch.
 */
export function laatstePipeline(host: Host, response: unknown, branch?: string): Pipeline | undefined {
  if (host === 'gitlab') {
    const p = obj(Array.isArray(response) ? response[0] : undefined);
    const sha = str(p.sha);
    const status = str(p.status);
    if (!sha || !status) return undefined;
    const toestand: PipelineToestand | undefined =
      status === 'success' ? 'gelukt' : ['failed', 'canceled', 'cancelled'].includes(status) ? 'mislukt' : status === 'skipped' || status === 'manual' ? undefined : 'bezig';
    return toestand ? { sha: sha.toLowerCase(), toestand } : undefined;
  }
  const runs = obj(response).workflow_runs;
  if (!Array.isArray(runs)) return undefined;
  const run = obj(host === 'github' ? runs[0] : runs.find((x) => !branch || obj(x).head_branch === branch));
  const sha = str(run.head_sha);
  const status = str(run.status);
  if (!sha || !status) return undefined;
  let toestand: PipelineToestand | undefined;
  if (host === 'github') {
    if (status !== 'completed') toestand = 'bezig';
    else toestand = run.conclusion === 'success' ? 'gelukt' : run.conclusion === 'skipped' || run.conclusion === 'neutral' ? undefined : 'mislukt';
  } else {
    toestand = status === 'success' ? 'gelukt' : ['failure', 'cancelled'].includes(status) ? 'mislukt' : status === 'skipped' ? undefined : 'bezig';
  }
  return toestand ? { sha: sha.toLowerCase(), toestand } : undefined;
}

export type StatusSoort = 'live' | 'bezig' | 'mislukt' | 'onbekend';
export interface Status {
  soort: StatusSoort;
  /** One or two plain Dutch sentences for the redactie. */
  zin: string;
}

const TZ = 'Europe/Amsterdam';
const dagKey = (d: Date) => new Intl.DateTimeFormat('nl-NL', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
/** "10.42 uur" */
export function tijd(d: Date): string {
  const p = Object.fromEntries(new Intl.DateTimeFormat('nl-NL', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.hour}.${p.minute} uur`;
}
/** "vandaag om 10.42 uur", "gisteren om 23.05 uur", "woensdag 2 december om 10.42 uur" */
export function moment(d: Date, nu: Date): string {
  if (dagKey(d) === dagKey(nu)) return `vandaag om ${tijd(d)}`;
  if (dagKey(d) === dagKey(new Date(nu.getTime() - 86_400_000))) return `gisteren om ${tijd(d)}`;
  const dag = new Intl.DateTimeFormat('nl-NL', { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long' }).format(d);
  return `${dag} om ${tijd(d)}`;
}

/**
 * Compare the live version with the newest change (and its pipeline). `nu` is the browser's clock.
 * The first sentence says when the site was last updated; the second whether the newest change is there.
 */
export function publicatieStatus(versie: Versie | undefined, laatste: LaatsteWijziging | undefined, pipeline: Pipeline | undefined, nu: Date): Status {
  if (!versie) return { soort: 'onbekend', zin: 'Het is niet bekend wanneer de website voor het laatst is bijgewerkt.' };
  const gebouwd = new Date(versie.gebouwd);
  const bijgewerkt = `De website is ${moment(gebouwd, nu)} voor het laatst bijgewerkt.`;
  if (!laatste) return { soort: 'onbekend', zin: bijgewerkt };
  const same = (a: string | null, b: string) => !!a && (a.startsWith(b) || b.startsWith(a));
  if (same(versie.commit, laatste.sha)) {
    return { soort: 'live', zin: `Uw laatste wijziging staat sinds ${moment(gebouwd, nu)} op de website.` };
  }
  if (pipeline && same(pipeline.sha, laatste.sha) && pipeline.toestand === 'mislukt') {
    return {
      soort: 'mislukt',
      zin: `${bijgewerkt} Uw laatste wijziging is niet op de website gekomen: bij de controle is een probleem gevonden. De beheerder van de website ziet wat er mis is; de vorige versie blijft zolang online.`,
    };
  }
  return { soort: 'bezig', zin: `${bijgewerkt} Uw laatste wijziging wordt nog verwerkt; meestal staat hij er binnen een paar minuten.` };
}
