/**
 * Prevention tips (issue 5): permanent short links, review status, tip of the week, share links
 * and grouping by thema. Pure functions (no Astro imports), unit-tested in tests/unit/tips.test.ts.
 */
import { localDateKey } from './time';
import { entryPath } from '../schemas/registry';

/** Minimal shape of a tip that these helpers need (a CollectionEntry<'tips'> fits). */
export interface TipLike {
  id: string;
  data: { titel: string; kortId: string; thema: string; gecontroleerdOp: Date };
}

/**
 * Paths below /tips/ that are pages of their own, so no tip may use them as its slug
 * (file name). The tip page's getStaticPaths refuses them with a clear message.
 */
export const RESERVED_TIP_SLUGS = ['voor-professionals', 'tip-van-de-week', 'controle', 'og', 'rss'] as const;

/** The permanent path of a tip: /t/<kortId>. It never changes, whatever the slug becomes. */
export function shortPath(kortId: string): string {
  return `/t/${kortId}`;
}

/** The permanent absolute URL of a tip, e.g. https://vief-mvs.nl/t/val1 (this is what the QR code holds). */
export function shortUrl(kortId: string, site: string | URL): string {
  return new URL(shortPath(kortId), site).href;
}

/** The canonical page of a tip. */
export function tipPath(slug: string): string {
  return entryPath('tips', slug);
}

/** A URL as people type it: without "https://" and a trailing slash ("vief-mvs.nl/t/val1"). */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export interface TipLinks {
  /** /t/<kortId> */
  path: string;
  /** https://vief-mvs.nl/t/<kortId> (what the QR code holds) */
  url: string;
  /** vief-mvs.nl/t/<kortId> (what people type) */
  display: string;
}

/** The permanent links of a tip, in the three forms the pages, QR codes and share images use. */
export function tipLinks(kortId: string, site: string | URL): TipLinks {
  const url = shortUrl(kortId, site);
  return { path: shortPath(kortId), url, display: displayUrl(url) };
}

// ---------------------------------------------------------------------------------------------
// Review status. A tip must be checked again within a year; after that it is never shown as
// current: the page says so, the build warns, and /admin/tips-controle/ lists it for the editors.

/** How long a check stays valid. */
export const REVIEW_INTERVAL_YEARS = 1;
/** "Due soon" window for the editors' list. */
export const REVIEW_SOON_DAYS = 60;

/** The calendar day of a date-only value (content dates are parsed as UTC midnight). */
function dateOnly(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The last day on which a check done on `checkedOn` still counts: the same calendar day one
 * year later (a check on 29 February counts until 1 March of the next year).
 */
export function reviewDueDate(checkedOn: Date): Date {
  return new Date(Date.UTC(checkedOn.getUTCFullYear() + REVIEW_INTERVAL_YEARS, checkedOn.getUTCMonth(), checkedOn.getUTCDate()));
}

/** True when the tip was checked more than a year ago (judged by the calendar day in Amsterdam). */
export function isOverdue(checkedOn: Date, now: Date): boolean {
  return localDateKey(now) > dateOnly(reviewDueDate(checkedOn));
}

export type ReviewStatus = 'verlopen' | 'binnenkort' | 'actueel';

/** 'verlopen' (overdue), 'binnenkort' (due within REVIEW_SOON_DAYS) or 'actueel'. */
export function reviewStatus(checkedOn: Date, now: Date, soonDays = REVIEW_SOON_DAYS): ReviewStatus {
  if (isOverdue(checkedOn, now)) return 'verlopen';
  const soon = new Date(now.getTime() + soonDays * 864e5);
  return localDateKey(soon) > dateOnly(reviewDueDate(checkedOn)) ? 'binnenkort' : 'actueel';
}

/** Tips overdue for a check, the longest overdue first. */
export function overdueTips<T extends TipLike>(tips: readonly T[], now: Date): T[] {
  return tips.filter((t) => isOverdue(t.data.gecontroleerdOp, now)).sort(byCheckedOn);
}

/** Oldest check first, then by title. */
export function byCheckedOn(a: TipLike, b: TipLike): number {
  return a.data.gecontroleerdOp.getTime() - b.data.gecontroleerdOp.getTime() || a.data.titel.localeCompare(b.data.titel, 'nl');
}

/** One warning line per overdue tip, for the build log (Dutch: editors read it). */
export function overdueWarning(tips: readonly TipLike[], now: Date, file = (id: string) => `content/tips/${id}.md`): string | undefined {
  const late = overdueTips(tips, now);
  if (late.length === 0) return undefined;
  const lines = late.map((t) => `  ! ${file(t.id)}: "${t.data.titel}" is voor het laatst gecontroleerd op ${dateOnly(t.data.gecontroleerdOp)}`);
  return `${late.length === 1 ? '1 tip is' : `${late.length} tips zijn`} langer dan een jaar niet gecontroleerd. Laat ${late.length === 1 ? 'hem' : 'ze'} opnieuw nakijken en pas "Gecontroleerd op" aan:\n${lines.join('\n')}`;
}

// ---------------------------------------------------------------------------------------------

/**
 * The tip of the week: the same for everyone during a week (weeks counted from the Unix epoch,
 * so they turn on Thursday 00:00 UTC), cycling through the tips sorted by title. Tips overdue
 * for a check are never promoted, unless every tip is overdue.
 */
export function tipOfTheWeek<T extends TipLike>(tips: readonly T[], now: Date): T | undefined {
  const current = tips.filter((t) => !isOverdue(t.data.gecontroleerdOp, now));
  const pool = [...(current.length ? current : tips)].sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl'));
  if (pool.length === 0) return undefined;
  const week = Math.floor(now.getTime() / (7 * 864e5));
  return pool[week % pool.length];
}

/** Tips grouped by thema, in the order of `labels`; empty groups left out; titles sorted within a group. */
export function groupByThema<T extends TipLike>(tips: readonly T[], labels: Record<string, string>): Array<{ key: string; label: string; tips: T[] }> {
  return Object.entries(labels)
    .map(([key, label]) => ({
      key,
      label,
      tips: tips.filter((t) => t.data.thema === key).sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl')),
    }))
    .filter((g) => g.tips.length > 0);
}

/** Share links without trackers: plain mailto: and WhatsApp's documented wa.me link. No third-party script. */
export function shareLinks({ title, summary, url }: { title: string; summary: string; url: string }): { email: string; whatsapp: string } {
  const body = `${summary}\n\n${url}`;
  return {
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title}\n${url}`)}`,
  };
}
