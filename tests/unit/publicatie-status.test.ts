/**
 * "Is my change live?" (issue 13, item 4): src/lib/publicatie-status.ts against API responses
 * recorded from the GitHub, GitLab and Forgejo documentation (tests/fixtures/git-hosts/), and the
 * Dutch sentences the redactie sees in /admin/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { laatstePipeline, laatsteWijziging, moment, parseVersie, publicatieStatus, type Versie } from '../../src/lib/publicatie-status';

const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/git-hosts', name), 'utf8'));
// 2 December 2026, 10.50 uur in Amsterdam (CET, UTC+1).
const nu = new Date('2026-12-02T09:50:00Z');

describe('reading the Git hosts’ answers', () => {
  it('GitHub: the newest commit and the state of its workflow run', () => {
    expect(laatsteWijziging('github', fixture('github-commit.json'))).toEqual({ sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', datum: '2011-04-14T16:00:49Z' });
    expect(laatstePipeline('github', fixture('github-runs-queued.json'))).toEqual({ sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', toestand: 'bezig' });
    expect(laatstePipeline('github', fixture('github-runs-failure.json'))).toEqual({ sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', toestand: 'mislukt' });
  });

  it('GitLab: the newest commit and its pipeline', () => {
    expect(laatsteWijziging('gitlab', fixture('gitlab-commit.json'))).toEqual({ sha: '6104942438c14ec7bd21c6cd5bd995272b3faff6', datum: '2021-09-20T09:06:12.300+03:00' });
    expect(laatstePipeline('gitlab', fixture('gitlab-pipelines.json'))).toEqual({ sha: '6104942438c14ec7bd21c6cd5bd995272b3faff6', toestand: 'mislukt' });
    expect(laatstePipeline('gitlab', [])).toBeUndefined();
  });

  it('Forgejo: the branch’s commit, and the newest task of that branch (not of another one)', () => {
    expect(laatsteWijziging('forgejo', fixture('forgejo-branch.json'))).toEqual({ sha: '5fd46bd8b2fd1f43a6e2ff6b6bd8a5e1dbc8f4b3', datum: '2026-12-02T10:38:00+01:00' });
    expect(laatstePipeline('forgejo', fixture('forgejo-tasks.json'), 'main')).toEqual({ sha: '5fd46bd8b2fd1f43a6e2ff6b6bd8a5e1dbc8f4b3', toestand: 'bezig' });
    expect(laatstePipeline('forgejo', fixture('forgejo-tasks.json'), 'redactie-test')?.toestand).toBe('mislukt');
  });

  it('an error answer (no access, rate limit) gives nothing instead of a wrong status', () => {
    const error = { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' };
    expect(laatsteWijziging('github', error)).toBeUndefined();
    expect(laatstePipeline('github', error)).toBeUndefined();
    expect(laatsteWijziging('gitlab', { message: '401 Unauthorized' })).toBeUndefined();
  });

  it('/versie.json as the build writes it', () => {
    expect(parseVersie({ commit: '5FD46BD8B2FD1F43A6E2FF6B6BD8A5E1DBC8F4B3', gebouwd: '2026-12-02T09:42:00.000Z' })).toEqual({ commit: '5fd46bd8b2fd1f43a6e2ff6b6bd8a5e1dbc8f4b3', gebouwd: '2026-12-02T09:42:00.000Z' });
    expect(parseVersie({ commit: null, gebouwd: '2026-12-02T09:42:00.000Z' })?.commit).toBeNull();
    expect(parseVersie({ commit: 'abc', gebouwd: 'gisteren' })).toBeUndefined();
    expect(parseVersie('<html>')).toBeUndefined();
  });
});

describe('what the redactie reads', () => {
  const forgejoCommit = laatsteWijziging('forgejo', fixture('forgejo-branch.json'))!;
  const live: Versie = { commit: forgejoCommit.sha, gebouwd: '2026-12-02T09:42:00Z' };
  const older: Versie = { commit: '0123456789abcdef0123456789abcdef01234567', gebouwd: '2026-12-02T03:05:00Z' };

  it('the change is on the site: since when, in Amsterdam time', () => {
    expect(publicatieStatus(live, forgejoCommit, undefined, nu)).toEqual({ soort: 'live', zin: 'Uw laatste wijziging staat sinds vandaag om 10.42 uur op de website.' });
  });

  it('the change is being processed', () => {
    const s = publicatieStatus(older, forgejoCommit, laatstePipeline('forgejo', fixture('forgejo-tasks.json'), 'main'), nu);
    expect(s.soort).toBe('bezig');
    expect(s.zin).toBe('De website is vandaag om 04.05 uur voor het laatst bijgewerkt. Uw laatste wijziging wordt nog verwerkt; meestal staat hij er binnen een paar minuten.');
  });

  it('the publish of the change failed: the previous site stays online', () => {
    const gitlab = laatsteWijziging('gitlab', fixture('gitlab-commit.json'))!;
    const s = publicatieStatus(older, gitlab, laatstePipeline('gitlab', fixture('gitlab-pipelines.json')), nu);
    expect(s.soort).toBe('mislukt');
    expect(s.zin).toContain('Uw laatste wijziging is niet op de website gekomen');
    expect(s.zin).toContain('de vorige versie blijft zolang online');
  });

  it('a failed run of an older change does not make the newest one "failed"', () => {
    const s = publicatieStatus(older, forgejoCommit, { sha: 'ffffffffffffffffffffffffffffffffffffffff', toestand: 'mislukt' }, nu);
    expect(s.soort).toBe('bezig');
  });

  it('without API access it still says when the site was updated; without a version file it says it does not know', () => {
    expect(publicatieStatus(older, undefined, undefined, nu)).toEqual({ soort: 'onbekend', zin: 'De website is vandaag om 04.05 uur voor het laatst bijgewerkt.' });
    expect(publicatieStatus(undefined, forgejoCommit, undefined, nu).soort).toBe('onbekend');
  });

  it('dates: today, yesterday, otherwise the day; summer time counts', () => {
    expect(moment(new Date('2026-12-01T22:30:00Z'), nu)).toBe('gisteren om 23.30 uur');
    expect(moment(new Date('2026-11-25T09:00:00Z'), nu)).toBe('woensdag 25 november om 10.00 uur');
    expect(moment(new Date('2026-07-01T08:15:00Z'), new Date('2026-07-01T12:00:00Z'))).toBe('vandaag om 10.15 uur');
  });
});
