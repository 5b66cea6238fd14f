/**
 * Tips (issue 5): QR codes decode to the permanent link, review status with a fixed clock,
 * tip of the week, grouping and tracker-free share links. OG image renders with local fonts.
 */
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogPng } from '../../src/lib/og-image';
import { backgroundOg, startBackgroundOg } from '../../src/lib/og-background';
import { qrModules, qrSvg } from '../../src/lib/qr';
import {
  displayUrl,
  groupByThema,
  isOverdue,
  overdueTips,
  overdueWarning,
  reviewDueDate,
  reviewStatus,
  shareLinks,
  shortPath,
  shortUrl,
  tipOfTheWeek,
  type TipLike,
} from '../../src/lib/tips';

/** Render an SVG QR code to pixels and read it back, as a phone camera would. */
async function decodeSvg(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 600 }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}

const tip = (id: string, titel: string, gecontroleerdOp: string, thema = 'veiligheid', kortId = id): TipLike => ({
  id,
  data: { titel, kortId, thema, gecontroleerdOp: new Date(gecontroleerdOp) },
});

describe('permanent links', () => {
  it('builds the short path and absolute URL from the kortId', () => {
    expect(shortPath('val1')).toBe('/t/val1');
    expect(shortUrl('val1', 'https://vief-mvs.nl')).toBe('https://vief-mvs.nl/t/val1');
    expect(shortUrl('val1', new URL('https://vief-mvs.nl/'))).toBe('https://vief-mvs.nl/t/val1');
    expect(displayUrl('https://vief-mvs.nl/t/val1')).toBe('vief-mvs.nl/t/val1');
  });
});

describe('QR codes', () => {
  it('encodes the short URL so that a decoder reads it back exactly', async () => {
    const url = 'https://vief-mvs.nl/t/val1';
    const svg = await qrSvg(url, { label: 'QR-code met de link vief-mvs.nl/t/val1' });
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(await decodeSvg(svg)).toBe(url);
  });

  it('decodes differently for a different tip (the code really carries the data)', async () => {
    const svg = await qrSvg('https://vief-mvs.nl/t/rook1', { label: 'x' });
    expect(await decodeSvg(svg)).toBe('https://vief-mvs.nl/t/rook1');
  });

  it('is an accessible image with an escaped label, and keeps a quiet zone', async () => {
    const svg = await qrSvg('https://vief-mvs.nl/t/a1', { label: 'Code "a" & <b>', className: 'qr groot', size: 120 });
    expect(svg).toMatch(/^<svg role="img" aria-label="Code &quot;a&quot; &amp; &lt;b>" class="qr groot" focusable="false" width="120" height="120" /);
    const modules = qrModules('https://vief-mvs.nl/t/a1');
    expect(svg).toContain(`viewBox="0 0 ${modules + 8} ${modules + 8}"`); // 4 modules margin each side
  });

  it('stays small for short links (scannable at 25 mm on paper)', () => {
    expect(qrModules('https://vief-mvs.nl/t/abcdefgh')).toBeLessThanOrEqual(33);
  });

  it('refuses empty text', async () => {
    await expect(qrSvg('', { label: 'x' })).rejects.toThrow();
  });
});

describe('review status (fixed clock)', () => {
  const checked = new Date('2025-11-25');

  it('is current up to and including the same day one year later (Amsterdam calendar)', () => {
    expect(isOverdue(checked, new Date('2026-11-25T22:59:00Z'))).toBe(false); // 23:59 in Amsterdam
    expect(isOverdue(checked, new Date('2026-11-25T23:00:00Z'))).toBe(true); // 00:00 on the 26th in Amsterdam
    expect(isOverdue(checked, new Date('2026-06-01T12:00:00Z'))).toBe(false);
    expect(isOverdue(checked, new Date('2027-01-01T12:00:00Z'))).toBe(true);
  });

  it('handles 29 February', () => {
    expect(reviewDueDate(new Date('2024-02-29')).toISOString().slice(0, 10)).toBe('2025-03-01');
    expect(isOverdue(new Date('2024-02-29'), new Date('2025-03-01T12:00:00Z'))).toBe(false);
    expect(isOverdue(new Date('2024-02-29'), new Date('2025-03-02T12:00:00Z'))).toBe(true);
  });

  it('says "binnenkort" within 60 days of the due date', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(reviewStatus(new Date('2025-11-20'), now)).toBe('verlopen');
    expect(reviewStatus(new Date('2026-01-10'), now)).toBe('binnenkort');
    expect(reviewStatus(new Date('2026-03-01'), now)).toBe('actueel');
  });

  it('lists overdue tips, longest overdue first, and warns with their files', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const tips = [tip('a', 'Recent', '2026-10-01'), tip('b', 'Oud', '2025-08-12'), tip('c', 'Heel oud', '2024-01-05')];
    expect(overdueTips(tips, now).map((t) => t.id)).toEqual(['c', 'b']);
    const warning = overdueWarning(tips, now)!;
    expect(warning).toContain('2 tips zijn langer dan een jaar niet gecontroleerd');
    expect(warning).toContain('content/tips/b.md: "Oud" is voor het laatst gecontroleerd op 2025-08-12');
    expect(warning).not.toContain('Recent');
    expect(overdueWarning([tips[0]], now)).toBeUndefined();
  });
});

describe('tip of the week', () => {
  const tips = [tip('b', 'Bravo', '2026-10-01'), tip('a', 'Alfa', '2026-10-01'), tip('o', 'Oud', '2020-01-01'), tip('c', 'Charlie', '2026-10-01')];
  const week = 7 * 864e5;

  it('is the same all week and changes the next week, cycling through all current tips', () => {
    const start = new Date(Math.floor(new Date('2026-11-25').getTime() / week) * week);
    const first = tipOfTheWeek(tips, start)!;
    expect(tipOfTheWeek(tips, new Date(start.getTime() + week - 1))!.id).toBe(first.id);
    const seen = new Set([0, 1, 2].map((i) => tipOfTheWeek(tips, new Date(start.getTime() + i * week))!.id));
    expect(seen).toEqual(new Set(['a', 'b', 'c']));
  });

  it('never promotes a tip that is overdue for its check, unless all are', () => {
    const now = new Date('2026-11-25');
    for (let i = 0; i < 6; i++) expect(tipOfTheWeek(tips, new Date(now.getTime() + i * week))!.id).not.toBe('o');
    expect(tipOfTheWeek([tip('o', 'Oud', '2020-01-01')], now)!.id).toBe('o');
    expect(tipOfTheWeek([], now)).toBeUndefined();
  });
});

describe('grouping by thema', () => {
  it('follows the label order, sorts titles and leaves out empty themas', () => {
    const labels = { wonen: 'Wonen', geld: 'Geld', veiligheid: 'Veiligheid' };
    const groups = groupByThema([tip('z', 'Zeep', '2026-01-01', 'veiligheid'), tip('a', 'Appel', '2026-01-01', 'veiligheid'), tip('w', 'Woning', '2026-01-01', 'wonen')], labels);
    expect(groups.map((g) => [g.key, g.tips.map((t) => t.id)])).toEqual([
      ['wonen', ['w']],
      ['veiligheid', ['a', 'z']],
    ]);
  });
});

describe('share links', () => {
  it('are plain mailto: and wa.me links with the encoded short URL, without tracking parameters', () => {
    const { email, whatsapp } = shareLinks({ title: 'Drempels & kleden', summary: 'Struikel niet.', url: 'https://vief-mvs.nl/t/val2' });
    expect(email).toBe('mailto:?subject=Drempels%20%26%20kleden&body=Struikel%20niet.%0A%0Ahttps%3A%2F%2Fvief-mvs.nl%2Ft%2Fval2');
    expect(whatsapp).toBe('https://wa.me/?text=Drempels%20%26%20kleden%0Ahttps%3A%2F%2Fvief-mvs.nl%2Ft%2Fval2');
    expect(`${email}${whatsapp}`).not.toMatch(/utm_|fbclid|gclid/);
  });
});

describe('Open Graph image', () => {
  it('renders a 1200×630 PNG from local font files', async () => {
    const png = await ogPng({ kicker: 'Tip · Veiligheid', title: 'Test uw rookmelder elke maand', footer: 'vief-mvs.nl/t/rook1', brand: 'Vief', colors: { background: '#1d4f6e', text: '#ffffff', accent: '#9c3d10' } });
    const meta = await sharp(Buffer.from(png)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
    // Text was drawn: the image is not one flat colour.
    const stats = await sharp(Buffer.from(png)).stats();
    expect(stats.channels[0].max - stats.channels[0].min).toBeGreaterThan(100);
  });
});

describe('Open Graph images rendered in the background (issue 9)', () => {
  const input = { kicker: 'Tip · Veiligheid', title: 'Test uw rookmelder elke maand', footer: 'vief-mvs.nl/t/rook1', brand: 'Vief', colors: { background: '#1d4f6e', text: '#ffffff', accent: '#9c3d10' } };
  const other = { ...input, title: 'Een andere titel dan de achtergrond kreeg' };
  const worker = fileURLToPath(new URL('../../src/lib/og-worker.ts', import.meta.url));

  it('are the same PNG the route would render, and only for exactly the same input', async () => {
    const stop = startBackgroundOg([{ id: 'rook1', input }, { id: 'val1', input: other }], worker);
    try {
      const ready = backgroundOg('rook1', input);
      expect(ready).toBeDefined();
      expect(Buffer.from(await ready!).equals(Buffer.from(await ogPng(input)))).toBe(true);
      // A changed title, an unknown tip: the route renders it itself.
      expect(backgroundOg('rook1', other)).toBeUndefined();
      expect(backgroundOg('onbekend', input)).toBeUndefined();
    } finally {
      await stop();
    }
    expect(backgroundOg('rook1', input)).toBeUndefined();
  });

  it('reject when the worker fails, so the route renders the image itself instead of failing the build', async () => {
    const failures: string[] = [];
    const stop = startBackgroundOg([{ id: 'rook1', input }], fileURLToPath(new URL('./bestaat-niet.ts', import.meta.url)), (m) => failures.push(m));
    try {
      await expect(backgroundOg('rook1', input)!).rejects.toThrow();
      expect(failures).toHaveLength(1);
    } finally {
      await stop();
    }
  });
});
