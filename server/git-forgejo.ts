/**
 * A DraftWriter for Forgejo / Codeberg (production): the calls Decap's Forgejo backend makes for
 * a new entry in the editorial workflow (node_modules/decap-cms-backend-forgejo/src/API.ts:
 * editorialWorkflowGit → createBranch → changeFilesOnBranch → createPR → setPullRequestStatus),
 * so the CMS lists the submission in its review column:
 *   GET  /repos/{o}/{r}/contents/{path}?ref={base}   is the name taken on the base branch?
 *   GET  /repos/{o}/{r}/branches/cms/{c}/{slug}      …or by a draft?
 *   POST /repos/{o}/{r}/branches                     new_branch_name cms/<collection>/<slug>, old_ref_name base
 *   POST /repos/{o}/{r}/contents                     one commit with every file (operation create, base64)
 *   POST /repos/{o}/{r}/pulls                        head "<owner>:cms/…", base, body DEFAULT_PR_BODY
 *   GET  /repos/{o}/{r}/labels?limit=100             the id of "decap-cms/pending_review" …
 *   POST /repos/{o}/{r}/labels                       … created when the repository lacks it
 *   PUT  /repos/{o}/{r}/issues/{n}/labels            [that id]
 * Decap lists open pull requests on the base branch that carry a `decap-cms/…` label.
 *
 * The token (an access token of a bot account with write access to this one repository:
 * scopes write:repository and write:issue) stays in the host's secrets: FORGEJO_TOKEN.
 * Codeberg's API is https://codeberg.org/api/v1.
 */
import type { Draft, DraftWriter } from './inzending';
import { BOT, PENDING_REVIEW } from './git-local';
import { DEFAULT_PR_BODY } from './git-github';
import { cmsBranchName, encodePath, jsonApi } from './http-api';

export interface ForgejoOptions {
  token: string;
  /** owner/name */
  repo: string;
  /** The branch the CMS publishes to (Decap's backend.branch). */
  branch: string;
  /** The API root, e.g. https://codeberg.org/api/v1 (the default). */
  api?: string;
  fetch?: typeof fetch;
}

interface Label {
  id: number;
  name: string;
}

export function forgejoWriter(options: ForgejoOptions): DraftWriter {
  const api = (options.api ?? 'https://codeberg.org/api/v1').replace(/\/$/, '');
  const [owner] = options.repo.split('/');
  const repoUrl = `${api}/repos/${encodePath(options.repo)}`;
  const request = jsonApi({
    host: 'Forgejo',
    api,
    fetch: options.fetch,
    headers: { Accept: 'application/json', Authorization: `token ${options.token}`, 'User-Agent': 'vief-doe-mee' },
  });

  async function pendingReviewLabel(): Promise<Label> {
    const labels = (await request<Label[]>('GET', `${repoUrl}/labels?limit=100`)) ?? [];
    return labels.find((l) => l.name === PENDING_REVIEW) ?? (await request<Label>('POST', `${repoUrl}/labels`, { name: PENDING_REVIEW, color: '0052cc' }))!;
  }

  return {
    async taken(collection, slug, filePath) {
      const file = await request('GET', `${repoUrl}/contents/${encodePath(filePath)}?ref=${encodeURIComponent(options.branch)}`, undefined, { allow404: true });
      if (file) return true;
      const branch = await request('GET', `${repoUrl}/branches/${encodeURIComponent(cmsBranchName(collection, slug))}`, undefined, { allow404: true });
      return Boolean(branch);
    },
    async write(draft: Draft) {
      const cmsBranch = cmsBranchName(draft.collection, draft.slug);
      await request('POST', `${repoUrl}/branches`, { new_branch_name: cmsBranch, old_ref_name: options.branch });
      await request('POST', `${repoUrl}/contents`, {
        branch: cmsBranch,
        message: draft.message,
        author: BOT,
        committer: BOT,
        files: draft.files.map((f) => ({ operation: 'create', path: f.path, content: Buffer.from(f.content).toString('base64') })),
      });
      const pr = (await request<{ number: number }>('POST', `${repoUrl}/pulls`, { title: draft.message, head: `${owner}:${cmsBranch}`, base: options.branch, body: DEFAULT_PR_BODY }))!;
      const label = await pendingReviewLabel();
      await request('PUT', `${repoUrl}/issues/${pr.number}/labels`, { labels: [label.id] });
      return { branch: cmsBranch };
    },
  };
}
