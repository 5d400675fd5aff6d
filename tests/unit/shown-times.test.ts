// Times as the classifieds chats show them next to each message (site files' thread picks), read by shownMoment.
import { describe, expect, it } from 'vitest';
import { formatMoment, parseMoment, shownMoment } from '../../src/engine/extract/dates';

// Wednesday 2 December 2026, 09:00 in Central European winter time.
const NOW = parseMoment('2026-12-02T09:00:00+01:00')!;
const shown = (t: string, now = NOW) => {
  const m = shownMoment(t, now);
  return m && formatMoment(m);
};

describe('shown times on the classifieds sites', () => {
  it('eBay and Facebook: weekday and time, yesterday and today', () => {
    expect(shown('Mon 14:05')).toBe('2026-11-30T14:05:00+01:00');
    expect(shown('Mo., 14:05')).toBe('2026-11-30T14:05:00+01:00');
    expect(shown('Sun 2:05 PM')).toBe('2026-11-29T14:05:00+01:00');
    expect(shown('Yesterday at 18:20')).toBe('2026-12-01T18:20:00+01:00');
    expect(shown('Gestern, 18:20')).toBe('2026-12-01T18:20:00+01:00');
    expect(shown('2026-11-28T10:15:00+01:00')).toBe('2026-11-28T10:15:00+01:00');
  });
  it('OLX.ba: "jučer u 18:20", "prije 3 dana", "prije 2 sata"', () => {
    expect(shown('jučer u 18:20')).toBe('2026-12-01T18:20:00+01:00');
    expect(shown('prije 3 dana')).toBe('2026-11-29T12:00:00+01:00');
    expect(shown('prije 2 sata')).toBe('2026-12-02T07:00:00+01:00');
    expect(shown('prije 20 minuta')).toBe('2026-12-02T08:40:00+01:00');
    expect(shown('prije 2 sedmice')).toBe('2026-11-18T12:00:00+01:00');
  });
  it('Tori.fi: "eilen klo 14.05", weekday abbreviations with dotted times, "su" is Sunday', () => {
    expect(shown('eilen klo 14.05')).toBe('2026-12-01T14:05:00+01:00');
    expect(shown('ma 14.05')).toBe('2026-11-30T14:05:00+01:00');
    expect(shown('su 14.05')).toBe('2026-11-29T14:05:00+01:00');
    expect(shown('la 10.30')).toBe('2026-11-28T10:30:00+01:00');
    expect(shown('tänään klo 8.15')).toBe('2026-12-02T08:15:00+01:00');
    expect(shown('2 tuntia sitten')).toBe('2026-12-02T07:00:00+01:00');
    // Croatian pages shorten Saturday to "sub".
    expect(shown('sub 10:30')).toBe('2026-11-28T10:30:00+01:00');
  });
  it('Njuškalo: "jučer", and a dotted date with its time, the date never read as the time', () => {
    expect(shown('jučer')).toBe('2026-12-01T12:00:00+01:00');
    expect(shown('02.12.2026. 08:05')).toBe('2026-12-02T08:05:00+01:00');
    expect(shown('28.11.2026. 14:05')).toBe('2026-11-28T14:05:00+01:00');
    // Without the year, the time's hour is no two-digit year.
    expect(shown('28.11. 14:05')).toBe('2026-11-28T14:05:00+01:00');
    expect(shown('28.11.26 14:05')).toBe('2026-11-28T14:05:00+01:00');
    expect(shown('ma 3.3.2025 klo 14.05')).toBe('2025-03-03T14:05:00+01:00');
  });
  it('Vinted: "vor 3 Tagen", "3 days ago", hours, minutes and weeks back', () => {
    expect(shown('vor 3 Tagen')).toBe('2026-11-29T12:00:00+01:00');
    expect(shown('3 days ago')).toBe('2026-11-29T12:00:00+01:00');
    expect(shown('vor 2 Stunden')).toBe('2026-12-02T07:00:00+01:00');
    expect(shown('vor einer Stunde')).toBe('2026-12-02T08:00:00+01:00');
    expect(shown('an hour ago')).toBe('2026-12-02T08:00:00+01:00');
    expect(shown('vor 5 Minuten')).toBe('2026-12-02T08:55:00+01:00');
    expect(shown('gerade eben')).toBe('2026-12-02T08:59:00+01:00');
    expect(shown('vor 2 Wochen')).toBe('2026-11-18T12:00:00+01:00');
    expect(shown('2 viikkoa sitten')).toBe('2026-11-18T12:00:00+01:00');
  });
  it('shows nothing for text without a time', () => {
    expect(shown('Gelesen')).toBeNull();
    expect(shown('Poslano')).toBeNull();
    expect(shown('Seen')).toBeNull();
  });
});
