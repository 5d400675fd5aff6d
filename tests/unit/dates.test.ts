// Due moments resolved as LABELS.md "due times" says, in the offset of the message that named them.
import { describe, expect, it } from 'vitest';
import { clockTimes, findDueDates, formatMoment, parseMoment } from '../../src/engine/extract/dates';
import { findAll } from '../../src/engine/phrases';
import { compiledPack } from '../../src/engine/compiled';
import type { Lang } from '../../src/engine/types';

// Thursday 6 March 2025, 14:05 in Central European winter time.
const SENT = '2025-03-06T14:05:00+01:00';
const due = (lang: Lang, text: string, sent = SENT) =>
  findDueDates(compiledPack(lang), text, parseMoment(sent)!).map((d) => formatMoment(d.due));

describe('due dates', () => {
  it('resolves relative days and weekdays to the end of that local day', () => {
    expect(due('en', "I'll send the photos tomorrow")).toEqual(['2025-03-07T23:59:59+01:00']);
    expect(due('de', 'Ich schicke sie übermorgen')).toEqual(['2025-03-08T23:59:59+01:00']);
    expect(due('fi', 'lähetän kuvat tänään')).toEqual(['2025-03-06T23:59:59+01:00']);
    expect(due('bs', 'poslat ću slike do petka')).toEqual(['2025-03-07T23:59:59+01:00']);
    // A weekday is the next such day after the message: Thursday's "Thursday" is a week later.
    expect(due('en', 'ready by Thursday')).toEqual(['2025-03-13T23:59:59+01:00']);
    expect(due('fi', 'perjantaihin mennessä')).toEqual(['2025-03-07T23:59:59+01:00']);
  });
  it('resolves weeks, months and spans', () => {
    expect(due('en', 'it ships next week')).toEqual(['2025-03-16T23:59:59+01:00']);
    expect(due('fi', 'valmistuu ensi viikon lopulla')).toEqual(['2025-03-16T23:59:59+01:00']);
    expect(due('de', 'bis Ende des Monats')).toEqual(['2025-03-31T23:59:59+01:00']);
    expect(due('de', 'fertig Ende Mai')).toEqual(['2025-05-31T23:59:59+01:00']);
    expect(due('fi', 'huhtikuun loppuun mennessä')).toEqual(['2025-04-30T23:59:59+01:00']);
    expect(due('bs', 'gotovo za dvije sedmice')).toEqual(['2025-03-20T23:59:59+01:00']);
    expect(due('bs', 'predajem ga unutar 24 sata')).toEqual(['2025-03-07T14:05:00+01:00']);
    expect(due('de', 'innerhalb einer Woche fertig')).toEqual(['2025-03-13T23:59:59+01:00']);
    expect(due('en', 'within 3 working days')).toEqual(['2025-03-11T23:59:59+01:00']);
    expect(due('fi', 'kahden viikon päästä')).toEqual(['2025-03-20T23:59:59+01:00']);
    expect(due('en', 'within 24 hours')).toEqual(['2025-03-07T14:05:00+01:00']);
    expect(due('de', 'in KW 12')).toEqual(['2025-03-23T23:59:59+01:00']);
    // The middle of a month is its 15th; a month already past is next year's.
    expect(due('en', 'it can wait till mid-April')).toEqual(['2025-04-15T23:59:59+01:00']);
    expect(due('en', 'by the middle of May')).toEqual(['2025-05-15T23:59:59+01:00']);
    expect(due('de', 'reicht bis Mitte April')).toEqual(['2025-04-15T23:59:59+01:00']);
    expect(due('fi', 'huhtikuun puoliväliin mennessä')).toEqual(['2025-04-15T23:59:59+01:00']);
    expect(due('bs', 'može i do sredine aprila')).toEqual(['2025-04-15T23:59:59+01:00']);
    expect(due('bs', 'polovinom februara')).toEqual(['2026-02-15T23:59:59+01:00']);
  });
  it('reads a price as no time of day ("£0.45 per invitation", "12.30 €"), a time beside it still', () => {
    expect(due('en', 'It adds £0.45 per invitation, so £27 for all 60.')).toEqual([]);
    expect(due('de', 'Das Porto kostet 12.30 €')).toEqual([]);
    expect(due('de', 'Abholung um 12.30 Uhr, kostet 12,30 €')).toEqual(['2025-03-07T12:30:00+01:00']);
    expect(due('en', 'ready at 12.30')).toHaveLength(1);
  });
  it('reads "next week" and a week number in every Finnish case ("ensi viikko käy", "viikon 12 aikana")', () => {
    expect(due('fi', 'ensi viikko käy ihan hyvin')).toEqual(['2025-03-16T23:59:59+01:00']);
    expect(due('fi', 'lähetän ensi viikkoon mennessä')).toEqual(['2025-03-16T23:59:59+01:00']);
    expect(due('fi', 'lähetän hinta-arvion viikon 12 aikana')).toEqual(['2025-03-23T23:59:59+01:00']);
    expect(due('fi', 'valmis viikolla 12')).toEqual(['2025-03-23T23:59:59+01:00']);
  });
  it('reads "next week" in every BCS case and variant ("iduću sedmicu", "sledećeg tjedna", "slijedece sedmice")', () => {
    for (const t of ['iduću sedmicu', 'narednu sedmicu', 'sledećeg tjedna', 'slijedece sedmice', 'sljedeće sedmice'])
      expect(due('bs', `šaljem ${t}`), t).toEqual(['2025-03-16T23:59:59+01:00']);
  });
  it('reads "a few", "a couple", "ein paar", "par", spoken "kahen" as numbers of a span, and "within the hour"', () => {
    expect(due('en', "I'll message you within the hour")).toEqual(['2025-03-06T15:05:00+01:00']);
    expect(due('en', "give me a couple hours and I'll send a video")).toEqual(['2025-03-06T16:05:00+01:00']);
    expect(due('en', 'ready in a few days')).toEqual(['2025-03-09T23:59:59+01:00']);
    expect(due('de', 'melde mich in ein paar Stunden')).toEqual(['2025-03-06T16:05:00+01:00']);
    expect(due('fi', 'laitan kuvan kahen tunnin sisään')).toEqual(['2025-03-06T16:05:00+01:00']);
    expect(due('bs', 'šaljem za par sati')).toEqual(['2025-03-06T16:05:00+01:00']);
  });
  it('reads a span named without its number as one ("viikon päästä", "in ner Stunde"), and a fortnight as two weeks', () => {
    expect(due('fi', 'lähetän kuvat viikon päästä')).toEqual(['2025-03-13T23:59:59+01:00']);
    expect(due('fi', 'valmis päivän päästä')).toEqual(['2025-03-07T23:59:59+01:00']);
    expect(due('fi', 'kerron tunnin päästä')).toEqual(['2025-03-06T15:05:00+01:00']);
    expect(due('de', 'sag dir in ner Stunde Bescheid')).toEqual(['2025-03-06T15:05:00+01:00']);
    expect(due('en', 'it will be with you in a fortnight')).toEqual(['2025-03-20T23:59:59+01:00']);
  });
  it('reads a day with its "\'s" ("tomorrow\'s fine", "in today\'s post") and "by end of day"', () => {
    expect(due('en', "tomorrow's fine for the pickup")).toEqual(['2025-03-07T23:59:59+01:00']);
    expect(due('en', "it's going out in today's post")).toEqual(['2025-03-06T23:59:59+01:00']);
    expect(due('en', "I'll have it to you by end of day")).toEqual(['2025-03-06T23:59:59+01:00']);
  });
  it('reads a span with "the next" before its number and the Finnish "sisään" and "ennen … loppua" forms', () => {
    expect(due('de', 'Ich melde mich innerhalb der nächsten 24 Stunden')).toEqual(['2025-03-07T14:05:00+01:00']);
    expect(due('de', 'kommt in den nächsten 3 Werktagen')).toEqual(['2025-03-11T23:59:59+01:00']);
    expect(due('fi', 'vastaan 24 tunnin sisään')).toEqual(['2025-03-07T14:05:00+01:00']);
    expect(due('fi', 'valmis ennen kuun loppua')).toEqual(['2025-03-31T23:59:59+01:00']);
  });
  it('reads local date formats, the next such date', () => {
    expect(due('de', 'am 14.3.')).toEqual(['2025-03-14T23:59:59+01:00']);
    expect(due('en', 'on March 14th')).toEqual(['2025-03-14T23:59:59+01:00']);
    expect(due('fi', '14. maaliskuuta')).toEqual(['2025-03-14T23:59:59+01:00']);
    expect(due('bs', 'do 14. marta')).toEqual(['2025-03-14T23:59:59+01:00']);
    expect(due('en', 'by 3/14', '2025-03-06T09:00:00-05:00')).toEqual(['2025-03-14T23:59:59-05:00']);
    expect(due('en', 'by 2/1')).toEqual(['2026-01-02T23:59:59+01:00']);
  });
  it('puts a time of day on its day, or on the message day', () => {
    expect(due('en', 'by 5pm')).toEqual(['2025-03-06T17:00:00+01:00']);
    expect(due('de', 'morgen bis 17 Uhr')).toEqual(['2025-03-07T17:00:00+01:00']);
    // Only a time alone is marked as one: a day with its time is a day.
    const only = (lang: Lang, text: string) =>
      findDueDates(compiledPack(lang), text, parseMoment(SENT)!).map((d) => d.timeOnly === true);
    expect(only('de', 'morgen bis 17 Uhr')).toEqual([false]);
    expect(only('de', 'erst ab 18 Uhr')).toEqual([true]);
    expect(due('fi', 'klo 12 mennessä')).toEqual(['2025-03-07T12:00:00+01:00']);
    // An evening word in the hour's clause puts 8 to 11 in the evening; without one they stay the morning's.
    expect(due('en', 'by 8 tonight')).toEqual(['2025-03-06T20:00:00+01:00']);
    expect(due('de', 'heute Abend um 9')).toEqual(['2025-03-06T21:00:00+01:00']);
    expect(due('fi', 'klo 8 illalla')).toEqual(['2025-03-06T20:00:00+01:00']);
    expect(due('bs', 'drzim ti je do 8 navecer')).toEqual(['2025-03-06T20:00:00+01:00']);
    expect(due('bs', 'sutra u 9')).toEqual(['2025-03-07T09:00:00+01:00']);
    // Noon is 12:00 on the day beside it; "posle podne" is the afternoon, no noon.
    expect(due('en', 'by noon tomorrow')).toEqual(['2025-03-07T12:00:00+01:00']);
    expect(due('bs', 'mjere ti šaljem sutra do podne')).toEqual(['2025-03-07T12:00:00+01:00']);
    expect(due('fi', 'huomenna puoleenpäivään mennessä')).toEqual(['2025-03-07T12:00:00+01:00']);
    expect(due('bs', 'javim se sutra posle podne')).toEqual(['2025-03-07T23:59:59+01:00']);
  });
  it('prefers the longest mention and finds none in plain talk', () => {
    expect(due('en', 'the day after tomorrow')).toEqual(['2025-03-08T23:59:59+01:00']);
    expect(due('de', 'Guten Morgen, danke für die Nachricht')).toEqual([]);
    expect(due('en', 'Thanks, the mug is lovely')).toEqual([]);
  });
  it('reads the day of a dotted date after a clock word as a date ("od 31. 3. do 6. 4."), "in 2 Std." as hours', () => {
    expect(due('bs', 'poslat ću ga do 6. 4.')).toEqual(['2025-04-06T23:59:59+01:00']);
    expect(due('bs', 'bit će poslan u 14. sedmici (od 31. 3. do 6. 4.)')).not.toContain('2025-03-06T18:00:00+01:00');
    expect(due('bs', 'dođi do 6, tu sam')).toEqual(['2025-03-06T18:00:00+01:00']);
    expect(due('de', 'meld mich in 2 std')).toEqual(['2025-03-06T16:05:00+01:00']);
    // "within the next two hours"; Swiss "bis Samstig".
    expect(due('en', "I'll ring you within the next two hours")).toEqual(['2025-03-06T16:05:00+01:00']);
    expect(due('de', 'Ich reservier en dir bis Samstig')).toEqual(['2025-03-08T23:59:59+01:00']);
    // A week number in the genitive: "do kraja 9. tjedna", "9. sedmice".
    expect(due('bs', 'skicu šaljem najkasnije do kraja 11. tjedna')).toEqual(['2025-03-16T23:59:59+01:00']);
  });
});

describe('clock times (one reading for promises and answers)', () => {
  const hours = (lang: Lang, text: string) => findAll(clockTimes(compiledPack(lang)), text).map((m) => m.text);
  it('reads an hour after a clock word or before "o\'clock", never an amount or a measure after it', () => {
    expect(hours('en', "come at 6 pm, any time after 4 o'clock or 5 o'clock")).toEqual([
      'at 6 pm',
      "after 4 o'clock",
      "5 o'clock",
    ]);
    expect(hours('de', 'gegen 18, nicht ab 5 km')).toEqual(['gegen 18']);
    expect(hours('bs', 'u 5 popodne, za 20 km, do 18 časova')).toEqual(['u 5 popodne', 'do 18 časova']);
    expect(hours('en', 'at 3 pcs, by 2 cm, in 3 days, at 12 gb, at 20 quid')).toEqual([]);
  });
});
