import { describe, expect, it } from 'vitest';
import { countWords, formatDate, formatOccurrence, htmlText, readingMinutes } from '../../src/lib/format';
import { localToInstant } from '../../src/lib/time';

describe('Dutch formatting', () => {
  it('writes dates the Dutch way', () => {
    expect(formatDate(new Date('2026-07-03T12:00:00Z'))).toBe('3 juli 2026');
  });
  it('writes an activity time with a period and "uur"', () => {
    const s = localToInstant('2026-03-03T10:00');
    const e = localToInstant('2026-03-03T11:30');
    expect(formatOccurrence(s, e, new Date('2026-01-01T00:00:00Z'))).toBe('dinsdag 3 maart, 10.00–11.30 uur');
    expect(formatOccurrence(s, e, new Date('2025-06-01T00:00:00Z'))).toBe('dinsdag 3 maart 2026, 10.00–11.30 uur');
  });
  it('counts words and reading minutes', () => {
    expect(countWords('## Kop\n\nEen **twee** drie, [vier](/x).')).toBe(5);
    expect(readingMinutes('woord '.repeat(900))).toBe(5);
    expect(readingMinutes('kort')).toBe(1);
  });
  it('htmlText: a feed description is text, never markup, in readers that render HTML', () => {
    expect(htmlText('Koffie & taart <b>gratis</b> "nu"')).toBe('Koffie &amp; taart &lt;b&gt;gratis&lt;/b&gt; &quot;nu&quot;');
  });
});
