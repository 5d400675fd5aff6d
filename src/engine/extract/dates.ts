/**
 * Due moments in a message: "tomorrow", "bis Freitag", "perjantaihin mennessä", "do petka", "by 5pm", "within 3
 * working days", "end of March", "KW 12", "14.3.", "March 14th" — each resolved against the message's own time and
 * UTC offset as LABELS.md "due times" says (a day ends at 23:59:59.999 local time). The words come from the pack
 * (`dates`); numbers, times and numeric dates are shared patterns.
 */
import { packRegex, perPack, type CompiledPack } from '../compiled';
import type { Lang } from '../types';
import { MONTHS, NUMBER_NAMES, WEEKDAYS, type DateWords } from '../lang/pack';
import { exercise, findAll, isWhole, phraseAlternation, test, type Match, type Slots } from '../phrases';
import { AMOUNT_WORDS, MEASUREMENT, TIME } from '../lang/common';
import { PACKS } from '../lang';
import { memo } from '../memo';
import { clauseAfter, clauseBefore } from '../clauses';
import { findAmounts, streetAddresses } from './amounts';
import { parseMoment, type Moment } from './moment';

export { formatMoment, parseMoment, type Moment } from './moment';

export interface DueDate extends Match {
  due: Moment;
  /** A time of day with no day named ("at 6", "klo 18"): it says when, never that a day moved. */
  timeOnly?: true;
  /** An hour as a start ("from 5 till 7", "ab 17 Uhr", "od 6"): when something can begin, no deadline. */
  fromHour?: true;
  /** A week or a month ("this week", "nächste Woche", "kuun loppuun"): the UTC-midnight number of its first day
   * still ahead, so a day inside it can be told from one after it. */
  spanFrom?: number;
}

const DAY = 86_400_000;

/** Local calendar day of a moment as a UTC-midnight number (days can be added without time-zone arithmetic). */
const localDay = (t: Moment) => Math.floor((t.ms + t.offset * 60_000) / DAY) * DAY;
/** The end of the local day `day` (UTC-midnight number) in the offset of `t`. */
const endOf = (day: number, t: Moment): Moment => ({ ms: day + DAY - 1 - t.offset * 60_000, offset: t.offset });
const at = (day: number, hour: number, minute: number, t: Moment): Moment => ({
  ms: day + (hour * 60 + minute) * 60_000 - t.offset * 60_000,
  offset: t.offset,
});
/** Monday = 0 … Sunday = 6. */
const weekday = (day: number) => (new Date(day).getUTCDay() + 6) % 7;
const lastOfMonth = (year: number, month: number) => Date.UTC(year, month + 1, 0);

/** Kinds whose phrases hold a month ("end of %", "Mitte %"). */
const MONTH_KINDS = new Set<string>(['endOf', 'midOf']);

/** Kinds whose phrases hold a number ("within # days"). */
const SPANS = new Set(['withinHours', 'withinDays', 'withinWorkingDays', 'withinWeeks', 'isoWeek']);
// Spans a pack may name without a number, meaning one: "within the hour", "viikon päästä", "päivän sisällä".
const BARE_SPANS = new Set(['withinHours', 'withinDays', 'withinWeeks']);

type Kind =
  | 'today'
  | 'tomorrow'
  | 'dayAfterTomorrow'
  | 'thisWeek'
  | 'weekend'
  | 'nextWeek'
  | 'endOfMonth'
  | 'withinHours'
  | 'withinDays'
  | 'withinWorkingDays'
  | 'withinWeeks'
  | 'isoWeek'
  | 'endOf'
  | 'midOf';

interface Compiled {
  /** The pack's start hours ("from #", "ab #", "# alkaen"): a time inside one is a start (DueDate.fromHour). */
  startClock: RegExp;
  /** Any of the pack's time words: a sentence without one (and without a digit) names no due moment. */
  any: RegExp;
  anyNumber: RegExp;
  /** Any word of the lists of days and weeks (today … end of the month). */
  anyDay: RegExp;
  /** Any word for a span of time ("days", "Wochen", "tunnin", "sati"). */
  anyUnit: RegExp;
  anyMonth: RegExp;
  anyWeekday: RegExp;
  lists: [Kind, RegExp][];
  weekdays: RegExp[];
  months: RegExp[];
  numbers: RegExp[];
  /** A day number and a month name in either order: "14 March", "March 14th", "14. maaliskuuta", "14. marta". */
  dayMonth: RegExp;
  evening: RegExp;
  noon: RegExp;
}

/**
 * The compiling compiled(pack) does, one list per step, for a page to run in idle moments before the first check;
 * the regex cache of ../phrases keeps what each step built.
 */
export function dueDateWarmSteps(packOf: () => CompiledPack): Array<() => void> {
  // The pack is asked for inside each step: compiling it while the list is made would be one long task.
  const steps: Array<() => void> = KINDS.map((k) => () => {
    const pack = packOf();
    // Run a few times, not only built: V8 compiles a regex to machine code on a later run, not the first.
    exercise(
      packRegex(pack, pack.pack.dates[k] as string[], slotsOf(pack)),
      'tomorrow 14.3. 17:00 by the end of next week',
    );
  });
  steps.push(() => void findDueDates(packOf(), 'tomorrow 14.3. 17:00', { ms: 0, offset: 0 }));
  return steps;
}

const KINDS: Kind[] = [
  'today',
  'tomorrow',
  'dayAfterTomorrow',
  'thisWeek',
  'weekend',
  'nextWeek',
  'endOfMonth',
  'withinHours',
  'withinDays',
  'withinWorkingDays',
  'withinWeeks',
  'isoWeek',
  'endOf',
  'midOf',
];

/** "#" in a phrase is a number in digits or words, "%" a month: the pack's forms of each, listed once. */
const slotsOf = perPack((pack) => {
  const d = pack.pack.dates;
  return {
    '#': NUMBER_NAMES.flatMap((n) => d.numbers[n]),
    '%': MONTHS.flatMap((m) => d.months[m]),
  } satisfies Slots;
});

const compiled = perPack((pack): Compiled => {
  const d: DateWords = pack.pack.dates;
  const re = (list: string[]) => packRegex(pack, list);
  const slots = slotsOf(pack);
  const { '#': numberForms, '%': monthForms } = slots;
  const kinds = KINDS;
  const monthWord = `(?:${phraseAlternation(monthForms)})`;
  const day = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|\.)?`;
  const lists = kinds.map((k) => [k, packRegex(pack, d[k] as string[], slots)] as [Kind, RegExp]);
  const words = [
    ...kinds.flatMap((k) =>
      (d[k] as string[]).map((p) => p.split(/\s+/).find((w) => w !== '#' && w !== '%' && w.length > 2) ?? ''),
    ),
    ...WEEKDAYS.flatMap((w) => d.weekdays[w]),
    ...monthForms,
    ...d.noon,
  ];
  return {
    any: re(words.filter(Boolean)),
    anyNumber: re(numberForms),
    anyUnit: re(d.units),
    anyDay: re(kinds.filter((k) => !SPANS.has(k) && !MONTH_KINDS.has(k)).flatMap((k) => d[k] as string[])),
    anyMonth: re(monthForms),
    anyWeekday: re(WEEKDAYS.flatMap((w) => d.weekdays[w])),
    lists,
    weekdays: WEEKDAYS.map((w) => re(d.weekdays[w])),
    months: MONTHS.map((m) => re(d.months[m])),
    numbers: NUMBER_NAMES.map((n) => re(d.numbers[n])),
    evening: re(d.evening),
    noon: re(d.noon),
    startClock: re(d.startClock),
    dayMonth: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${day}\s*(?:of\s+)?${monthWord}|${monthWord}\s+${day})(?![\p{L}\p{N}])(?:\s+(\d{4}))?`,
      'giu',
    ),
  };
});

/** What follows the day of a dotted date: its dot and its month ("6. 4.", "6.4."). */
const DOTTED_DATE_AFTER = /^\.\s?\d{1,2}\./u;

/** Words after a number the shared amount words (AMOUNT_WORDS) lack: a battery's, a charger's or a disk's units, the
 * marka and English money in words. */
const NO_HOUR_AFTER = 'ah|mah|v|w|kw|gb|mb|hz|euro?s?|marka|quid|pounds?|dollars?|bucks';

/** An hour after a clock word ("at 6", "ab 17", "klo 12", "do 18 časova", "u 5 popodne") or before "o'clock": not an
 * amount or a measure ("by 2 cm", "do 5 km", "in 3 days"). The one reading of the clock for promises and answers. */
export const clockTimes = perPack((pack) => {
  const words = phraseAlternation(pack.pack.dates.clock);
  const units = phraseAlternation(pack.pack.dates.units);
  const amount = String.raw`[%€$£x×]|(?:${AMOUNT_WORDS}|${NO_HOUR_AFTER}|${units})(?![\p{L}])`;
  const suffix = String.raw`o['’]clock|uhr|h|sati|sata|časova|č|popodne|poslijepodne|uveče|navečer|pm|am`;
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${words})\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?![\d.,]\d|\s*(?:${amount}))(?:\s*(?:${suffix}))?(?![\p{L}\p{N}])` +
      String.raw`|(?<![\p{L}\p{N}])(?:[1-9]|1[0-2])\s*o['’]?\s?clock(?![\p{L}])`,
    'giu',
  );
});

/** The number a span phrase holds: digits, or one of the pack's number words. */
function numberIn(c: Compiled, text: string): number | null {
  const digits = /\d+/.exec(text);
  if (digits) return Number(digits[0]);
  let best: { n: number; len: number } | null = null;
  c.numbers.forEach((re, i) => {
    for (const m of findAll(re, text)) if (!best || m.text.length > best.len) best = { n: i + 1, len: m.text.length };
  });
  return best ? (best as { n: number }).n : null;
}

function monthIn(c: Compiled, text: string): number | null {
  let best: { m: number; len: number } | null = null;
  c.months.forEach((re, i) => {
    for (const m of findAll(re, text)) if (!best || m.text.length > best.len) best = { m: i, len: m.text.length };
  });
  return best ? (best as { m: number }).m : null;
}

/** The local day (UTC-midnight number) of day/month, this year or, when that is already past, the next. */
function nextDate(day0: number, dayOfMonth: number, month: number, year?: number): number | null {
  const y0 = new Date(day0).getUTCFullYear();
  const make = (y: number) => {
    const t = Date.UTC(y, month, dayOfMonth);
    return new Date(t).getUTCDate() === dayOfMonth ? t : null;
  };
  if (year) return make(year);
  const t = make(y0);
  return t !== null && t >= day0 ? t : make(y0 + 1);
}

/** Numeric dates: "14.3.", "14.03.2025", "2025-03-14", "3/14" (month first in the Americas, else day first). */
function numericDate(text: string, day0: number, t: Moment): (Match & { day: number }) | null {
  // Each form has two numbers joined by "-", "." or "/": most texts have none, and three regexes need not run.
  if (!/\d[-./]\s?\d/u.test(text)) return null;
  let m = /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (m) {
    const d = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
    return { start: m.index, end: m.index + m[0].length, text: m[0], day: d };
  }
  m = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?!\d))?/.exec(text);
  if (m) {
    const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : undefined;
    const d = nextDate(day0, +m[1]!, +m[2]! - 1, year);
    return d === null ? null : { start: m.index, end: m.index + m[0].length, text: m[0], day: d };
  }
  m = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/.exec(text);
  if (m) {
    let [a, b] = [+m[1]!, +m[2]!];
    const monthFirst = b > 12 || (a <= 12 && t.offset <= -180);
    if (monthFirst) [a, b] = [b, a];
    const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : undefined;
    const d = nextDate(day0, a, b - 1, year);
    return d === null ? null : { start: m.index, end: m.index + m[0].length, text: m[0], day: d };
  }
  return null;
}

/** ISO week `n` of `year`: the local day of its Sunday. */
function isoWeekSunday(year: number, n: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - weekday(jan4) * DAY;
  return monday1 + (n - 1) * 7 * DAY + 6 * DAY;
}

/**
 * Every due moment the text names, resolved against `sent` (the message's time). A time of day next to a day
 * ("Friday 5pm", "morgen bis 17 Uhr") is that day at that time; a time alone is today's, or tomorrow's once passed.
 */
export function findDueDates(pack: CompiledPack, text: string, sent: Moment): DueDate[] {
  // A thread's messages are read once per promise and per check: remembered per text and moment.
  return memo(pack, 'due-dates', `${sent.ms}|${sent.offset}|${text}`, () => dueDatesOf(pack, text, sent));
}

/** A list phrase found in a text, with the number and the month it holds ("within 3 days", "end of March"). */
interface ListHit {
  kind: Kind;
  m: Match;
  n: number | null;
  month: number | null;
}

/** What a text names before any of it is resolved against a moment: the regex work, done once per text. */
interface Mentions {
  lists: ListHit[];
  weekdays: { w: number; m: Match }[];
  dayMonth: { m: Match; month: number; dom: number; year: number | undefined }[];
  /** Greetings ("Guten Morgen"): a day word inside one is none. Read when a mention needs them. */
  greetings: Match[] | null;
  /** Times of day, the first of overlapping ones. */
  times: Match[];
  /** Noon words ("by noon", "do podne"): a time of day at 12. */
  noon: Match[];
}

// A message is read against several moments (its own time, a later message's): its mentions are remembered per text.
const mentionsIn = (pack: CompiledPack, text: string) =>
  memo(pack, 'date-mentions', text, () => mentionsOf(pack, text));

function mentionsOf(pack: CompiledPack, text: string): Mentions | null {
  const c = compiled(pack);
  const digit = /\d/.test(text);
  if (!digit && !test(c.any, text)) return null;
  // Spans need a number, a month's end a month, a weekday a weekday: each list runs only where it can match.
  const hasMonth = test(c.anyMonth, text);
  const hasDay = test(c.anyDay, text);
  // "within 3 days", "za sat vremena", "in a fortnight": a span names its unit.
  const hasUnit = test(c.anyUnit, text) || /fortnight|vremena/iu.test(text);
  // Only spans need a number, and all but a week number need a unit.
  const hasNumber = digit || (hasUnit && test(c.anyNumber, text));
  const lists: ListHit[] = [];
  for (const [kind, re] of c.lists) {
    if (SPANS.has(kind) && kind !== 'isoWeek' && !hasUnit) continue;
    if (kind === 'isoWeek' && !digit) continue;
    const ofMonth = MONTH_KINDS.has(kind);
    if (SPANS.has(kind) ? !hasNumber && !BARE_SPANS.has(kind) : !ofMonth && !hasDay) continue;
    if (ofMonth && !hasMonth) continue;
    for (const m of findAll(re, text))
      lists.push({ kind, m, n: numberIn(c, m.text), month: ofMonth ? monthIn(c, m.text) : null });
  }
  // One pass for all weekdays; each mention is then told apart on its own few letters.
  const weekdays = findAll(c.anyWeekday, text).flatMap((m) => {
    const w = c.weekdays.findIndex((re) => isWhole(re, m.text));
    return w < 0 ? [] : [{ w, m }];
  });
  // A day and a month ("14. März"): a large case-free Unicode regex, run only when a month and a digit are there.
  const dayMonth: Mentions['dayMonth'] = [];
  for (const m of hasMonth && digit ? text.matchAll(c.dayMonth) : []) {
    const month = monthIn(c, m[0]);
    const dom = /\d{1,2}(?!\d{2})/.exec(m[0].replace(/\d{4}$/, ''));
    if (month === null || !dom) continue;
    const hit = { start: m.index, end: m.index + m[0].length, text: m[0] };
    dayMonth.push({ m: hit, month, dom: Number(dom[0]), year: m[1] ? Number(m[1]) : undefined });
  }
  const found = digit ? [...findAll(TIME, text), ...findAll(clockTimes(pack), text)] : [];
  // "I'm at 22 Harrow Road": the number of a street address is no hour (addresses read only where a time is), nor
  // is a price ("£0.45 per invitation", "12.30 €") or a measure ("od 14 inča", "from 14 inch").
  const streets = found.length ? streetAddresses(text) : [];
  const prices = found.length ? findAmounts(text, pack.lang).filter((a) => a.currency) : [];
  const measures = found.length ? findAll(MEASUREMENT, text) : [];
  // "od 31. 3. do 6. 4.": the day of a dotted date after a clock word is no hour.
  const times = found
    .filter((t) => ![...streets, ...prices, ...measures].some((a) => a.start < t.end && a.end > t.start))
    .filter((t) => !DOTTED_DATE_AFTER.test(text.slice(t.end, t.end + 6)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    lists,
    weekdays,
    dayMonth,
    greetings: null,
    times: times.filter((t, i) => !times.slice(0, i).some((u) => u.end > t.start)),
    noon: findAll(c.noon, text),
  };
}

/** An evening word in the clause of a time, read within a few words of it (a long text is not scanned per time). */
function eveningBeside(c: Compiled, text: string, m: Match): boolean {
  const from = Math.max(0, m.start - 60);
  const near = text.slice(from, m.end + 40);
  return test(c.evening, clauseBefore(near, m.start - from) + m.text + clauseAfter(near, m.end - from));
}

function dueDatesOf(pack: CompiledPack, text: string, sent: Moment): DueDate[] {
  const c = compiled(pack);
  const seen = mentionsIn(pack, text);
  if (!seen) return [];
  const day0 = localDay(sent);
  const found: DueDate[] = [];
  const add = (m: Match, due: Moment | null, spanFrom?: number) => {
    if (due) found.push(spanFrom === undefined ? { ...m, due } : { ...m, due, spanFrom });
  };
  const resolve = ({ kind, m, n, month }: ListHit) => {
    const y0 = new Date(day0).getUTCFullYear();
    switch (kind) {
      case 'today':
        add(m, endOf(day0, sent));
        break;
      case 'tomorrow':
        add(m, endOf(day0 + DAY, sent));
        break;
      case 'dayAfterTomorrow':
        add(m, endOf(day0 + 2 * DAY, sent));
        break;
      case 'thisWeek':
        add(m, endOf(day0 + (6 - weekday(day0)) * DAY, sent), day0);
        break;
      case 'weekend':
        add(m, endOf(day0 + (6 - weekday(day0)) * DAY, sent));
        break;
      case 'nextWeek':
        add(m, endOf(day0 + (13 - weekday(day0)) * DAY, sent), day0 + (7 - weekday(day0)) * DAY);
        break;
      case 'endOfMonth': {
        const d = new Date(day0);
        add(m, endOf(lastOfMonth(d.getUTCFullYear(), d.getUTCMonth()), sent), day0);
        break;
      }
      case 'endOf': {
        if (month === null) break;
        const d = new Date(day0);
        const year = month < d.getUTCMonth() ? d.getUTCFullYear() + 1 : d.getUTCFullYear();
        add(m, endOf(lastOfMonth(year, month), sent));
        break;
      }
      case 'midOf': {
        // "by mid-February", "bis Mitte März", "do polovine februara": the 15th.
        if (month === null) break;
        const d = new Date(day0);
        const year = month < d.getUTCMonth() ? d.getUTCFullYear() + 1 : d.getUTCFullYear();
        add(m, endOf(Date.UTC(year, month, 15), sent));
        break;
      }
      case 'withinHours':
        add(m, { ms: sent.ms + (n ?? 1) * 3_600_000, offset: sent.offset });
        break;
      case 'withinDays':
        add(m, endOf(day0 + (n ?? 1) * DAY, sent));
        break;
      case 'withinWeeks':
        add(m, endOf(day0 + (n ?? 1) * (/fortnight/iu.test(m.text) ? 14 : 7) * DAY, sent));
        break;
      case 'withinWorkingDays': {
        if (!n) break;
        let d = day0;
        for (let left = n; left > 0;) {
          d += DAY;
          if (weekday(d) < 5) left--;
        }
        add(m, endOf(d, sent));
        break;
      }
      case 'isoWeek': {
        if (!n || n > 53) break;
        let sunday = isoWeekSunday(y0, n);
        if (sunday < day0 - 26 * 7 * DAY) sunday = isoWeekSunday(y0 + 1, n);
        add(m, endOf(sunday, sent));
        break;
      }
    }
  };
  for (const hit of seen.lists) resolve(hit);
  for (const { w, m } of seen.weekdays) add(m, endOf(day0 + ((w - weekday(day0) + 7) % 7 || 7) * DAY, sent));
  for (const { m, month, dom, year } of seen.dayMonth) {
    const day = nextDate(day0, dom, month, year);
    if (day !== null) add(m, endOf(day, sent));
  }
  const numeric = numericDate(text, day0, sent);
  if (numeric) add(numeric, endOf(numeric.day, sent));

  // "Guten Morgen" greets: a day word inside a greeting is none.
  if (found.length) seen.greetings ??= findAll(pack.greetings, text);
  for (let i = found.length - 1; i >= 0; i--)
    if (seen.greetings!.some((g) => g.start <= found[i]!.start && g.end >= found[i]!.end)) found.splice(i, 1);
  // Overlaps: the longest mention wins ("day after tomorrow" over "tomorrow", "next week" over "week #").
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const days: DueDate[] = [];
  for (const f of found) {
    const last = days[days.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) days[days.length - 1] = f;
      continue;
    }
    days.push(f);
  }

  // A weekday with its date ("Friday 14th", "am Dienstag, den 18.11."): the date says which one.
  for (let i = days.length - 1; i > 0; i--) {
    const [a, b] = [days[i - 1]!, days[i]!];
    if (b.start - a.end > 8) continue;
    const aDay = c.weekdays.some((re) => findAll(re, a.text).length);
    const bDay = c.weekdays.some((re) => findAll(re, b.text).length);
    if (aDay !== bDay && /\d/.test(aDay ? b.text : a.text))
      days.splice(i - 1, 2, {
        start: a.start,
        end: b.end,
        text: text.slice(a.start, b.end),
        due: aDay ? b.due : a.due,
      });
  }
  // "Friday 14th": a day of the month alone after a weekday.
  for (const d of days) {
    const m = /^[\s,]*(?:the\s+|den\s+)?(\d{1,2})(?:st|nd|rd|th|\.)(?!\.?\d)/iu.exec(text.slice(d.end));
    if (!m || !c.weekdays.some((re) => findAll(re, d.text).length)) continue;
    const local = new Date(day0);
    let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), Number(m[1]));
    if (day < day0) day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, Number(m[1]));
    d.due = endOf(day, sent);
    d.end += m[0].length;
    d.text = text.slice(d.start, d.end);
  }

  // Times of day: with the day next to them, or the message's own day (the next one once the time has passed).
  const starts = seen.times.length ? findAll(c.startClock, text) : [];
  const atTime = (m: Match, hour: number, minute: number) => {
    const start = starts.some((x) => x.start < m.end && x.end > m.start);
    const near = days.find((d) => Math.abs(d.end - m.start) <= 20 || Math.abs(m.end - d.start) <= 20);
    if (near) {
      const day = localDay(near.due);
      near.due = at(day, hour, minute, sent);
      near.start = Math.min(near.start, m.start);
      near.end = Math.max(near.end, m.end);
      near.text = text.slice(near.start, near.end);
      if (start) near.fromHour = true;
      return;
    }
    let due = at(day0, hour, minute, sent);
    if (due.ms <= sent.ms) due = at(day0 + DAY, hour, minute, sent);
    days.push(start ? { ...m, due, timeOnly: true, fromHour: true } : { ...m, due, timeOnly: true });
  };
  for (const m of seen.times) {
    if (days.some((d) => m.start < d.end && m.end > d.start)) continue;
    // "Fits about 5-8", "noin 3–4": a range of numbers (ages, sizes, counts), not a time.
    if (/^\s*[-–]\s*\d/u.test(text.slice(m.end)) && !/[:.]\d{2}\s*$/u.test(m.text)) continue;
    const hm = /(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/i.exec(m.text.replace(/^\D+/, ''));
    if (!hm) continue;
    let hour = Number(hm[1]);
    const minute = Number(hm[2] ?? 0);
    const ampm = hm[3]?.toLowerCase();
    if (ampm?.startsWith('p') && hour < 12) hour += 12;
    if (ampm?.startsWith('a') && hour === 12) hour = 0;
    // "at 6", "do 5 popodne": a bare hour up to 7 is in the afternoon or evening.
    if (!ampm && hour >= 1 && hour <= 7 && !/^\s*(?:uhr|h)\b/iu.test(m.text.slice(hm.index + hm[0].length))) hour += 12;
    // "8 tonight", "heute Abend um 9", "klo 8 illalla", "do 8 navečer": an evening word in its clause puts it after noon.
    if (!ampm && hour >= 8 && hour <= 11 && eveningBeside(c, text, m)) hour += 12;
    if (hour > 23 || minute > 59) continue;
    atTime(m, hour, minute);
  }
  // "by noon tomorrow", "sutra do podne": noon is 12:00, on the day beside it.
  for (const m of seen.noon) if (!days.some((d) => m.start < d.end && m.end > d.start)) atTime(m, 12, 0);
  return days.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------------------
// Times as pages and mail headers show them: in the past, in any of the four languages.

const ALL_MONTHS: [string, number][] = [];
const ALL_WEEKDAYS: [string, number][] = [];
function shownWords(): void {
  if (ALL_MONTHS.length) return;
  for (const p of Object.values(PACKS)) {
    MONTHS.forEach((m, i) => p.dates.months[m].forEach((f) => ALL_MONTHS.push([f.replace(/[*.]$/, ''), i])));
    WEEKDAYS.forEach((w, i) => p.dates.weekdays[w].forEach((f) => ALL_WEEKDAYS.push([f.replace(/\*$/, ''), i])));
  }
  // Abbreviations pages and mail clients print: "Mon", "Mo.", "ma", "pon", "Mär", "ožu", "maalisk.".
  const abbr: [string[], number][] = [
    [['mon', 'mo', 'ma', 'pon', 'pn'], 0],
    [['tue', 'di', 'ti', 'uto', 'ut'], 1],
    [['wed', 'mi', 'ke', 'sri', 'sre', 'sr'], 2],
    // "su" is Sunday: Tori prints "su 14.05" for sunnuntai; Croatian pages shorten subota to "sub".
    [['thu', 'do', 'to', 'čet', 'cet', 'če'], 3],
    [['fri', 'fr', 'pe', 'pet', 'pt'], 4],
    [['sat', 'sa', 'la', 'sub'], 5],
    [['sun', 'so', 'ned', 'ne', 'su'], 6],
  ];
  for (const [list, i] of abbr) for (const a of list) ALL_WEEKDAYS.push([a, i]);
}

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  for (const [form, i] of ALL_MONTHS)
    if (form.startsWith(w) || (w.length > form.length && w.startsWith(form))) return i;
  return null;
}

/**
 * A time as a page or a mail header shows it ("14:05", "Mon 14:05", "gestern 09:12", "vor 3 Tagen", "eilen",
 * "jučer u 18:20", "3.3.2025 14.05", "Mon, 3 Mar 2025 at 14:05", "Mar 3, 2025, 2:05 PM", ISO 8601), read as the
 * moment it was, as seen at `now` in `now`'s offset. Null when it shows no time.
 */
export function shownMoment(shown: string, now: Moment): Moment | null {
  const iso = parseMoment(shown);
  if (iso) return iso;
  shownWords();
  const t = shown
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim();
  if (!t) return null;
  const today = localDay(now);
  // A dotted date first ("02.12.2026. 14:05", "29.11. 14:05"): its digits are no time of day, nor a time's hour its year.
  const dotted = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2}(?![\d:]|\.\d))?/.exec(t);
  const clock = dotted ? t.slice(0, dotted.index) + ' ' + t.slice(dotted.index + dotted[0].length) : t;
  const tm = /(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*(am|pm|a\.m\.|p\.m\.))?(?![\d])/.exec(clock);
  let hour = tm ? Number(tm[1]) : 12;
  const minute = tm ? Number(tm[2]) : 0;
  if (tm?.[3]?.startsWith('p') && hour < 12) hour += 12;
  if (tm?.[3]?.startsWith('a') && hour === 12) hour = 0;
  const dayAt = (day: number) => at(day, hour, minute, now);
  let m = dotted;
  if (m) {
    const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : new Date(today).getUTCFullYear();
    return dayAt(Date.UTC(y, Number(m[2]) - 1, Number(m[1])));
  }
  m = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})/.exec(t);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const [a, b] = now.offset <= -180 ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
    return dayAt(Date.UTC(y, b - 1, a));
  }
  // "3 Mar 2025", "Mar 3, 2025", "3. März 2025", "3. maaliskuuta 2025", "3. ožu 2025."
  const words = t.match(/[\p{L}]+\.?|\d+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const mon = /^\d/.test(words[i]!) ? null : monthOf(words[i]!);
    if (mon === null) continue;
    const before = Number(words[i - 1]);
    const after = Number(words[i + 1]);
    const day = before >= 1 && before <= 31 ? before : after >= 1 && after <= 31 ? after : null;
    if (day === null) continue;
    const year =
      words
        .slice(i - 1, i + 4)
        .map(Number)
        .find((n) => n >= 1990 && n <= 2100) ?? new Date(today).getUTCFullYear();
    return dayAt(Date.UTC(year, mon, day));
  }
  for (const [lang, p] of Object.entries(PACKS)) {
    const d = p.dates;
    const pack = { lang: lang as Lang };
    if (findAll(packRegex(pack, d.yesterday), t).length) return dayAt(today - DAY);
    // "vor 3 Tagen": that day (at the shown time, else noon); "vor 2 Stunden", "juuri nyt": that moment.
    const count = (list: string[]) => {
      const hit = findAll(packRegex(pack, list), t)[0];
      return hit ? Number(/\d+/.exec(hit.text)?.[0] ?? 1) : 0;
    };
    const minutes = count(d.minutesAgo);
    if (minutes) return { ms: now.ms - minutes * 60_000, offset: now.offset };
    const hours = count(d.hoursAgo);
    if (hours) return { ms: now.ms - hours * 3_600_000, offset: now.offset };
    const days = count(d.daysAgo);
    if (days) return dayAt(today - days * DAY);
    const weeks = count(d.weeksAgo);
    if (weeks) return dayAt(today - weeks * 7 * DAY);
    if (findAll(packRegex(pack, d.today), t).length) return dayAt(today);
  }
  const first = words[0]?.replace(/\.$/, '');
  const wd = first ? ALL_WEEKDAYS.find(([f]) => f === first || (first.length >= 3 && f.startsWith(first))) : undefined;
  if (wd) {
    const back = (weekday(today) - wd[1] + 7) % 7;
    return dayAt(today - back * DAY);
  }
  if (tm && /^[\d:.\sapm]+$/.test(t)) {
    const m2 = dayAt(today);
    return m2.ms > now.ms ? dayAt(today - DAY) : m2;
  }
  return null;
}
