/**
 * The /admin/ page's script (bundled by Astro into an external module: no inline script, ready
 * for a strict Content-Security-Policy). It
 *   1. sets CMS_MANUAL_INIT and loads the Decap bundle served by the site (/admin/decap/),
 *   2. registers the site's CSS for previews, the preview templates, the editor components
 *      and the save check (the same schema as the build, in Dutch),
 *   3. fetches the generated config (/admin/config.json) and starts the CMS.
 */
import previewCss from './preview.css?url';
import { editorComponents } from './editor-components';
import { registerPreviews, type DecapGlobal } from './previews';
import { checkEntry, problemsMessage, type Tidy } from './entry-check';
import { withOverrides } from './locale';
import { installPasteCleanup } from './paste-cleanup';
import { installOverwriteGuard } from './overwrite-guard';
import { installBackupTiming } from './backup-timing';
import { spellingClient } from './spelling-client';
import { installDutchDom } from './dutch-dom';
import { installSaveRefusal } from './save-refusal';
import { installTabletLayout } from './tablet-layout';
import { installUniqueMediaNames } from './media-names';
import { installHostedGuard, type GuardConfig } from './hosted-guard';
import { installPagedLists, type BackendRegistry } from './paged-list';
import { prepareConfigCheck } from './config-check';

interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: Array<string | number>): unknown;
  deleteIn(path: Array<string | number>): ImmutableMap;
  updateIn(path: Array<string | number>, fn: (v: unknown) => unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}
interface Decap extends DecapGlobal, BackendRegistry {
  registerPreviewStyle(url: string): void;
  registerEditorComponent(component: unknown): void;
  getLocale(name: string): Record<string, never> | undefined;
  registerLocale(name: string, phrases: unknown): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableMap }) => unknown }): void;
  init(options: { config: unknown }): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
    h?: (...args: unknown[]) => unknown;
    createClass?: (spec: Record<string, unknown>) => unknown;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`kon ${src} niet laden`));
    document.head.append(s);
  });
}

function showStartError(error: unknown): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'cms-startfout';
  const h1 = document.createElement('h1');
  h1.textContent = 'Het redactiesysteem start niet';
  const p = document.createElement('p');
  p.textContent = `Er ging iets mis: ${error instanceof Error ? error.message : String(error)}. Ververs de pagina. Blijft dit gebeuren? Neem contact op met de technische beheerder.`;
  box.append(h1, p);
  document.body.prepend(box);
}

function applyTidyImmutable(data: ImmutableMap, ops: Tidy[]): ImmutableMap {
  const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  let out = data;
  for (const t of [...ops].sort((a, b) => b.path.length - a.path.length)) {
    if (t.op === 'delete') out = out.deleteIn(t.path);
    else out = out.updateIn(t.path, (list) => (list && typeof (list as { filter?: unknown }).filter === 'function' ? (list as { filter: (f: (v: unknown) => boolean) => unknown }).filter((v) => !isEmpty(v)) : list));
  }
  return out;
}

async function main(): Promise<void> {
  const { decapSrc, configUrl, themaCss } = document.body.dataset;
  window.CMS_MANUAL_INIT = true;
  // The local backend refuses a save on a version someone else has changed since (issue 16).
  let localBackend: string | undefined;
  installOverwriteGuard(() => localBackend);
  // The local backup is offered only once the entry has loaded, so "OK" really restores it (issue 16).
  installBackupTiming();
  const [config] = await Promise.all([
    fetch(configUrl!).then((r) => {
      if (!r.ok) throw new Error(`de instellingen (${configUrl}) gaven fout ${r.status}`);
      return r.json() as Promise<Record<string, unknown>>;
    }),
    loadScript(decapSrc!),
  ]);
  const CMS = window.CMS;
  if (!CMS || !window.h || !window.createClass) throw new Error('Decap CMS is niet goed geladen');

  const nl = CMS.getLocale('nl');
  if (nl) CMS.registerLocale('nl', withOverrides(nl));
  if (themaCss) CMS.registerPreviewStyle(themaCss);
  CMS.registerPreviewStyle(previewCss);
  // Dutch spelling in the previews of artikelen and tips: Hunspell in a worker, started on first use (issue 16).
  const spelling = spellingClient(() => new Worker(new URL('./spelling-worker.ts', import.meta.url), { type: 'module', name: 'spelling' }));
  registerPreviews(CMS, window.h, window.createClass, spelling);
  for (const component of editorComponents) CMS.registerEditorComponent(component);
  // Text pasted from Word, LibreOffice or Google Docs: cleaned before Decap's editor sees it (issue 8).
  installPasteCleanup();
  // No English from Decap's libraries, one message per refused save, a top bar that fits a tablet (issue 16).
  installDutchDom();
  installSaveRefusal();
  installTabletLayout();
  // An upload never replaces a different photo: its name carries a fingerprint of its bytes (issue 16).
  installUniqueMediaNames();

  // Refuse to save what the build would refuse, with a Dutch list of fields to fix;
  // leave out optional fields that were left empty.
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = String(entry.get('collection') ?? '');
      const data = entry.get('data') as ImmutableMap;
      const { tidy, problems } = checkEntry(collection, data.toJS());
      if (problems.length) throw new Error(problemsMessage(problems));
      return applyTidyImmutable(data, tidy);
    },
  });

  // On GitHub, GitLab and Forgejo the CMS page itself checks that nobody else changed the entry
  // since it was opened (issue 16); after the check above, so an incomplete entry is refused first.
  installHostedGuard(CMS, config as unknown as GuardConfig);

  if ((config.backend as { name?: string } | undefined)?.name === 'proxy') localBackend = (config.local_backend as { url?: string } | undefined)?.url;

  // Locally the CMS runs on this machine: link back to the site being edited here.
  if (['localhost', '127.0.0.1'].includes(location.hostname)) {
    config.site_url = location.origin;
    config.display_url = location.origin;
  }
  // The local backend's lists load a page at a time, newest first (issue 16, point 6).
  await installPagedLists(CMS);
  // Decap's config check (ajv, ~1.2 s on an older tablet) only once per config and Decap version.
  await prepareConfigCheck(decapSrc!, config);
  CMS.init({ config });
}

// Under `npm start` the dev server asks every open page to reload when a content file changes,
// and decap-server changes them each time it switches branches for the editorial workflow: an
// editor's open form would be thrown away mid-sentence (issue 16: 9 reloads in a few minutes of
// writing). Vite's client reloads a page only when the payload's path is that page or no path is
// given; pointing it at a page that does not exist keeps the CMS open. The site preview in
// other tabs still updates. Production builds have no import.meta.hot: this is dev-only code.
if (import.meta.hot) {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/admin/__nooit-herladen__.html';
  });
}

main().catch(showStartError);
