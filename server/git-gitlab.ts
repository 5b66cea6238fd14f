/**
 * A DraftWriter for GitLab (gitlab.com or self-managed, production): the calls Decap's GitLab
 * backend makes for a new entry in the editorial workflow
 * (node_modules/decap-cms-backend-gitlab/src/API.ts: editorialWorkflowGit → uploadAndCommit with
 * newBranch → createMergeRequest), so the CMS lists the submission in its review column:
 *   GET  /projects/{id}/repository/files/{path}?ref={base}   is the name taken on the base branch?
 *   GET  /projects/{id}/repository/branches/cms/{c}/{slug}   …or by a draft?
 *   POST /projects/{id}/repository/commits                   branch cms/<collection>/<slug>, start_branch base, actions create (base64)
 *   POST /projects/{id}/merge_requests                       source → base, labels "decap-cms/pending_review", remove_source_branch
 * Decap lists open merge requests on the base branch from `cms/` branches with a `decap-cms/…` label.
 *
 * The token (a project access token with the api scope and the Developer role) stays in the
 * host's secrets: GITLAB_TOKEN.
 */
import type { Draft, DraftWriter } from './inzending';
import { BOT, PENDING_REVIEW } from './git-local';
import { DEFAULT_PR_BODY } from './git-github';
import { cmsBranchName, jsonApi } from './http-api';

export interface GitLabOptions {
  token: string;
  /** namespace/project */
  repo: string;
  /** The branch the CMS publishes to (Decap's backend.branch). */
  branch: string;
  /** The API root, e.g. https://gitlab.com/api/v4 (the default). */
  api?: string;
  fetch?: typeof fetch;
}

export function gitlabWriter(options: GitLabOptions): DraftWriter {
  const api = (options.api ?? 'https://gitlab.com/api/v4').replace(/\/$/, '');
  const projectUrl = `${api}/projects/${encodeURIComponent(options.repo)}`;
  const request = jsonApi({
    host: 'GitLab',
    api,
    fetch: options.fetch,
    headers: { Accept: 'application/json', Authorization: `Bearer ${options.token}`, 'User-Agent': 'vief-doe-mee' },
  });

  return {
    async taken(collection, slug, filePath) {
      // GitLab wants the whole file path as one encoded segment.
      const file = await request('GET', `${projectUrl}/repository/files/${encodeURIComponent(filePath)}?ref=${encodeURIComponent(options.branch)}`, undefined, { allow404: true });
      if (file) return true;
      const branch = await request('GET', `${projectUrl}/repository/branches/${encodeURIComponent(cmsBranchName(collection, slug))}`, undefined, { allow404: true });
      return Boolean(branch);
    },
    async write(draft: Draft) {
      const cmsBranch = cmsBranchName(draft.collection, draft.slug);
      await request('POST', `${projectUrl}/repository/commits`, {
        branch: cmsBranch,
        start_branch: options.branch,
        commit_message: draft.message,
        author_name: BOT.name,
        author_email: BOT.email,
        actions: draft.files.map((f) => ({ action: 'create', file_path: f.path, content: Buffer.from(f.content).toString('base64'), encoding: 'base64' })),
      });
      await request('POST', `${projectUrl}/merge_requests`, {
        source_branch: cmsBranch,
        target_branch: options.branch,
        title: draft.message,
        description: DEFAULT_PR_BODY,
        labels: PENDING_REVIEW,
        remove_source_branch: true,
      });
      return { branch: cmsBranch };
    },
  };
}
