/**
 * /admin/: one Dutch status line, bottom left, saying when the website was last updated and whether
 * the redactie's latest published change is already online (issue 13, item 4). The logic is in
 * src/lib/publicatie-status.ts (tested against recorded API answers); this file only fetches:
 *   - /versie.json of this site (the build writes it),
 *   - the newest commit and pipeline run on the publish branch from the Git host's API, with the
 *     token of the CMS's own login (Decap keeps it in localStorage "decap-cms-user"), when there is one.
 * Every failure simply leaves out what it could not learn; it never disturbs the CMS.
 */
import { laatstePipeline, laatsteWijziging, parseVersie, publicatieStatus, type Host } from '../src/lib/publicatie-status';

interface Backend {
  name?: string;
  repo?: string;
  branch?: string;
  api_root?: string;
  base_url?: string;
}

const INTERVAL_MS = 60_000;

async function json(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(url, { headers: { Accept: 'application/json', ...headers }, cache: 'no-store' });
  if (!res.ok) throw new Error(`${res.status}`);
  return res.json();
}

function token(): string | undefined {
  try {
    const user = JSON.parse(localStorage.getItem('decap-cms-user') ?? 'null') as { token?: string } | null;
    return user?.token || undefined;
  } catch {
    return undefined;
  }
}

/** API URLs for the newest commit and the newest pipeline run of the branch. */
function endpoints(host: Host, b: Backend): { commit: string; pipeline: string } | undefined {
  const repo = b.repo;
  const branch = encodeURIComponent(b.branch || 'main');
  if (!repo) return undefined;
  if (host === 'github') {
    const api = (b.api_root || 'https://api.github.com').replace(/\/$/, '');
    return { commit: `${api}/repos/${repo}/commits/${branch}`, pipeline: `${api}/repos/${repo}/actions/runs?branch=${branch}&per_page=1` };
  }
  if (host === 'gitlab') {
    const api = (b.api_root || 'https://gitlab.com/api/v4').replace(/\/$/, '');
    const id = encodeURIComponent(repo);
    return { commit: `${api}/projects/${id}/repository/commits/${branch}`, pipeline: `${api}/projects/${id}/pipelines?ref=${branch}&per_page=1` };
  }
  const api = (b.api_root || `${(b.base_url || '').replace(/\/$/, '')}/api/v1`).replace(/\/$/, '');
  return { commit: `${api}/repos/${repo}/branches/${branch}`, pipeline: `${api}/repos/${repo}/actions/tasks?limit=20` };
}

async function update(el: HTMLElement, backend: Backend) {
  const versie = parseVersie(await json(`/versie.json?t=${Date.now()}`).catch(() => undefined));
  const name = backend.name as Host | undefined;
  let laatste;
  let pipeline;
  const t = token();
  const urls = name && ['github', 'gitlab', 'forgejo', 'gitea'].includes(name) && t ? endpoints(name, backend) : undefined;
  if (name && urls && t) {
    const auth = { Authorization: name === 'gitlab' ? `Bearer ${t}` : `token ${t}` };
    laatste = laatsteWijziging(name, await json(urls.commit, auth).catch(() => undefined));
    pipeline = laatstePipeline(name, await json(urls.pipeline, auth).catch(() => undefined), backend.branch || 'main');
  }
  const status = publicatieStatus(versie, laatste, pipeline, new Date());
  el.textContent = status.zin;
  el.dataset.soort = status.soort;
}

export async function startPublicatieStatus(configUrl = '/admin/config.json') {
  const el = document.createElement('p');
  el.className = 'cms-publicatie';
  el.setAttribute('role', 'status');
  Object.assign(el.style, {
    position: 'fixed',
    left: '1rem',
    bottom: '1rem',
    zIndex: '1000',
    maxWidth: 'min(40rem, calc(100vw - 12rem))',
    margin: '0',
    padding: '0.5rem 1rem',
    borderRadius: '8px',
    background: '#fff',
    color: '#1a1a1a',
    border: '2px solid #1d4f6e',
    font: '16px/1.4 system-ui, sans-serif',
    boxShadow: '0 2px 8px rgb(0 0 0 / 0.2)',
    // Text only: clicks go through to the CMS underneath.
    pointerEvents: 'none',
  });
  document.body.append(el);
  const config = (await json(configUrl).catch(() => ({}))) as { backend?: Backend };
  const backend = config.backend ?? {};
  const run = () => update(el, backend).catch(() => undefined);
  await run();
  setInterval(run, INTERVAL_MS);
}

startPublicatieStatus();
