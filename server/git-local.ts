/**
 * A DraftWriter for the local Git repository of `npm start`, in exactly the structure
 * decap-server's Git middleware (node_modules/decap-server, middlewares/localGit) uses for the
 * editorial workflow, so the CMS shows the submission in its review column:
 *   - a branch `cms/<collection>/<slug>` (decap-cms-lib-util's branchFromContentKey) with one
 *     commit on top of the CMS branch (`redactie`) that adds the entry file (and its photo);
 *   - its status in the branch description: `git config branch.cms/<collection>/<slug>.description
 *     decap-cms/pending_review` (statusToLabel('pending_review', '')), which decap-server reads
 *     back in its `unpublishedEntry` action.
 * It writes with Git's plumbing (hash-object, a private index, commit-tree, update-ref), never
 * checking anything out: decap-server works in the same repository's working tree at the same
 * time, and a checkout there would switch branches under its feet.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Draft, DraftWriter } from './inzending';

export const PENDING_REVIEW = 'decap-cms/pending_review';
/** The author of every submission commit: never the sender. */
export const BOT = { name: 'Doe mee (website)', email: 'doe-mee@vief.invalid' };

function git(repo: string, args: string[], { input, env }: { input?: Uint8Array | string; env?: Record<string, string> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`git ${args[0]}: ${String(stderr).trim() || error.message}`)) : resolve(stdout.trim()),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

export function localGitWriter({ repo, branch }: { repo: string; branch: string }): DraftWriter {
  const exists = (ref: string) => git(repo, ['rev-parse', '--verify', '-q', ref]).then(() => true, () => false);
  // One submission at a time: two with the same title must not race for one branch name.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => {});
    return run;
  };

  return {
    async taken(collection, slug, filePath) {
      return (await exists(`refs/heads/${branch}:${filePath}`)) || (await exists(`refs/heads/cms/${collection}/${slug}`));
    },
    write(draft: Draft) {
      return serial(async () => {
        const cmsBranch = `cms/${draft.collection}/${draft.slug}`;
        const base = await git(repo, ['rev-parse', '--verify', `refs/heads/${branch}^{commit}`]);
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-index-'));
        const env = {
          GIT_INDEX_FILE: path.join(tmp, 'index'),
          GIT_AUTHOR_NAME: BOT.name,
          GIT_AUTHOR_EMAIL: BOT.email,
          GIT_COMMITTER_NAME: BOT.name,
          GIT_COMMITTER_EMAIL: BOT.email,
        };
        try {
          await git(repo, ['read-tree', base], { env });
          for (const file of draft.files) {
            const blob = await git(repo, ['hash-object', '-w', '--stdin'], { input: file.content });
            await git(repo, ['update-index', '--add', '--cacheinfo', `100644,${blob},${file.path}`], { env });
          }
          const tree = await git(repo, ['write-tree'], { env });
          const commit = await git(repo, ['commit-tree', tree, '-p', base, '-F', '-'], { env, input: draft.message });
          // Create only: an existing branch of that name is never overwritten (40 zeros = must not exist).
          await git(repo, ['update-ref', `refs/heads/${cmsBranch}`, commit, '0'.repeat(40)]);
          await git(repo, ['config', `branch.${cmsBranch}.description`, PENDING_REVIEW]);
        } finally {
          fs.rmSync(tmp, { recursive: true, force: true });
        }
        return { branch: cmsBranch };
      });
    },
  };
}
