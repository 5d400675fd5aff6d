// Webmail: the quoted history of a reply read as the conversation, with dates from the attribution lines.
import { describe, expect, it } from 'vitest';
import { threadFromQuoted } from '../../src/engine/memory/quoted-thread';
import { parseMoment, shownMoment, formatMoment } from '../../src/engine/extract/dates';
import { analyze } from '../../src/engine/index';

const NOW = parseMoment('2025-03-10T09:00:00+01:00')!;
const shown = (t: string) => {
  const m = shownMoment(t, NOW);
  return m && formatMoment(m);
};

describe('shown times', () => {
  it('reads what pages and headers print, in the four languages', () => {
    expect(shown('14:05')).toBe('2025-03-09T14:05:00+01:00');
    expect(shown('gestern 09:12')).toBe('2025-03-09T09:12:00+01:00');
    expect(shown('vor 3 Tagen')).toBe('2025-03-07T12:00:00+01:00');
    expect(shown('eilen klo 18.20')).toBe('2025-03-09T18:20:00+01:00');
    expect(shown('jučer u 18:20')).toBe('2025-03-09T18:20:00+01:00');
    expect(shown('Mon 14:05')).toBe('2025-03-10T14:05:00+01:00');
    expect(shown('Fri 14:05')).toBe('2025-03-07T14:05:00+01:00');
    expect(shown('Mon, 3 Mar 2025 at 14:05')).toBe('2025-03-03T14:05:00+01:00');
    expect(shown('3. März 2025 14:05')).toBe('2025-03-03T14:05:00+01:00');
    expect(shown('ma 3.3.2025 klo 14.05')).toBe('2025-03-03T14:05:00+01:00');
    expect(shown('pon, 3. ožu 2025. u 14:05')).toBe('2025-03-03T14:05:00+01:00');
    expect(shown('2025-03-03T14:05:00+01:00')).toBe('2025-03-03T14:05:00+01:00');
    expect(shown('Thanks!')).toBeNull();
  });
});

describe('quoted history as a thread', () => {
  const quoted = [
    'On Fri, 7 Mar 2025 at 10:00, Anna Berg <anna@example.com> wrote:',
    '> Hi, any news about the photos?',
    '>',
    '> On Mon, 3 Mar 2025 at 12:00, Lena <shop@example.com> wrote:',
    '>> Hi Anna, I will send you the photos tomorrow.',
    '>>',
    '>> On Mon, 3 Mar 2025 at 10:00, Anna Berg <anna@example.com> wrote:',
    '>>> Could you send photos of the green bag?',
  ].join('\n');
  it('oldest first, sides from the names, dates from the attributions', () => {
    const t = threadFromQuoted(quoted, NOW, { customerName: 'Anna' });
    expect(t.map((m) => [m.author, m.at])).toEqual([
      ['customer', '2025-03-03T10:00:00+01:00'],
      ['seller', '2025-03-03T12:00:00+01:00'],
      ['customer', '2025-03-07T10:00:00+01:00'],
    ]);
    expect(t[1]!.text).toBe('Hi Anna, I will send you the photos tomorrow.');
  });
  it('a reply with the history below gets the missed-promise hint without a thread option', () => {
    const draft = `Hi Anna,\n\nthe green bag is still here. Would you like it?\n\nLena\n\n${quoted}`;
    expect(analyze(draft, { now: '2025-03-10T09:00:00+01:00' }).hints.map((h) => h.rule)).toContain('apology');
  });
  it('reads Outlook header blocks', () => {
    const outlook = [
      'From: Anna Berg <anna@example.com>',
      'Sent: Friday, March 7, 2025 10:00 AM',
      'To: Lena',
      'Subject: Bag',
      '',
      'Any news about the photos?',
    ].join('\n');
    const t = threadFromQuoted(outlook, NOW, {});
    expect(t).toEqual([{ author: 'customer', at: '2025-03-07T10:00:00+01:00', text: 'Any news about the photos?' }]);
  });
});
