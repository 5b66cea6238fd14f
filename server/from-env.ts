/**
 * The submission handler configured from the environment: the same for `npm start`
 * (server/serve.ts) and a serverless function (netlify/functions/inzending.mts).
 *   INZENDING_GIT=lokaal  + GIT_REPO_DIRECTORY, CMS_BRANCH (redactie)   decap-server's local Git structure
 *   INZENDING_GIT=github  + GITHUB_TOKEN, GITHUB_REPO (owner/name), GITHUB_BRANCH (main), GITHUB_API
 *   INZENDING_GIT=forgejo + FORGEJO_TOKEN, FORGEJO_REPO, FORGEJO_BRANCH (main), FORGEJO_API (https://codeberg.org/api/v1)
 *   INZENDING_GIT=gitlab  + GITLAB_TOKEN, GITLAB_REPO (namespace/project), GITLAB_BRANCH (main), GITLAB_API (https://gitlab.com/api/v4)
 *   SMTP_* / MAIL_* (server/mail.ts); without SMTP_HOST under `npm start` the mail is printed in
 *   the terminal (never in production: there the handler refuses to start without it).
 *   SITE_URL (default the url in content/site.json), INZENDING_ORIGINS (comma-separated).
 */
import site from '../content/site.json' with { type: 'json' };
import { createInzendingHandler, type Mailer } from './inzending';
import { githubWriter } from './git-github';
import { forgejoWriter } from './git-forgejo';
import { gitlabWriter } from './git-gitlab';
import { localGitWriter } from './git-local';
import { mailerFromEnv } from './mail';

export function handlerFromEnv(env: Record<string, string | undefined> = process.env, { dev = false } = {}) {
  const kind = env.INZENDING_GIT || (dev ? 'lokaal' : 'github');
  const writer =
    kind === 'lokaal'
      ? localGitWriter({ repo: env.GIT_REPO_DIRECTORY || process.cwd(), branch: env.CMS_BRANCH || 'redactie' })
      : kind === 'github'
        ? githubWriter({ token: need(env, 'GITHUB_TOKEN'), repo: need(env, 'GITHUB_REPO'), branch: env.GITHUB_BRANCH || 'main', api: env.GITHUB_API })
        : kind === 'forgejo'
          ? forgejoWriter({ token: need(env, 'FORGEJO_TOKEN'), repo: need(env, 'FORGEJO_REPO'), branch: env.FORGEJO_BRANCH || 'main', api: env.FORGEJO_API })
          : kind === 'gitlab'
            ? gitlabWriter({ token: need(env, 'GITLAB_TOKEN'), repo: need(env, 'GITLAB_REPO'), branch: env.GITLAB_BRANCH || 'main', api: env.GITLAB_API })
            : fail(`INZENDING_GIT="${kind}" kennen we niet (kies lokaal, github, gitlab of forgejo)`);
  let mailer: Mailer | undefined = mailerFromEnv(env, site.contact.email);
  if (!mailer) {
    if (!dev) fail('SMTP_HOST ontbreekt: zonder e-mail komen de gegevens van de inzender nergens aan');
    // Under npm start without SMTP: show it in the terminal (it is the developer's own machine).
    mailer = { send: async (m) => console.log(`\n[e-mail aan de redactie] ${m.subject}\n${m.text}\n`) };
  }
  const siteUrl = env.SITE_URL || site.url;
  const origins = env.INZENDING_ORIGINS ? env.INZENDING_ORIGINS.split(',').map((s) => s.trim()) : undefined;
  return createInzendingHandler({ writer, mailer, siteUrl, origins });
}

function need(env: Record<string, string | undefined>, name: string): string {
  const v = env[name];
  if (!v) fail(`${name} ontbreekt`);
  return v as string;
}

function fail(message: string): never {
  throw new Error(`Doe mee: ${message}`);
}
