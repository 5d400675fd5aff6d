import { describe, expect, it } from 'vitest';
import { structure } from '../../src/engine/index';
import { bodySentences, findClosing, paragraphsOf, splitLines, splitQuoted } from '../../src/engine/draft';

const body = (t: string) => {
  const d = structure(t);
  return d.paragraphs.map((p) => t.slice(p.start, p.end));
};

describe('draft structure', () => {
  it('separates quoted history after "On … wrote:" and keeps it as context', () => {
    const t =
      'Hi Kate,\n\nthe parcel left today.\n\nOn Tue, 4 Mar 2025 at 09:12, Kate <k@x.com> wrote:\n> Hi, where is my parcel?\n> Kate';
    const d = structure(t);
    expect(body(t)).toEqual(['Hi Kate,', 'the parcel left today.']);
    expect(d.quoted).toContain('where is my parcel?');
  });

  it.each([
    ['Am Di., 4. März 2025 um 09:12 Uhr schrieb Katrin <k@gmx.de>:'],
    // Yahoo in German.
    ['Am Mittwoch, 22. Januar 2025 um 10:15:03 MEZ hat Gerhard Wolff <g.wolff@yahoo.de> Folgendes geschrieben:'],
    ['ti 4.3.2025 klo 9.12 Katja Lehtonen <katja@x.fi> kirjoitti:'],
    ['Amra Hodžić <amra@x.ba> je napisala:'],
    ['pon, 3. jun 2024. u 10:00 Amir <a@b.ba> je napisao/la:'],
    ['-----Original Message-----'],
    ['-----Ursprüngliche Nachricht-----'],
  ])('recognises the reply header %s', (header) => {
    const t = `Thanks, it ships today.\n\n${header}\nthe customer's old text`;
    expect(body(t)).toEqual(['Thanks, it ships today.']);
    expect(structure(t).quoted).toContain("the customer's old text");
  });

  it('recognises From:/Sent:/To: header blocks in the four languages', () => {
    for (const [from, sent] of [
      ['From', 'Sent'],
      ['Von', 'Gesendet'],
      ['Lähettäjä', 'Lähetetty'],
      ['Šalje', 'Poslano'],
    ]) {
      const t = `Hello,\n\nall done.\n\n${from}: Anna <a@x.com>\n${sent}: Monday\nSubject: order\n\nold text`;
      expect(body(t)).toEqual(['Hello,', 'all done.']);
    }
  });

  it('recognises a header block that opens with its date, as GMX and WEB.DE write it, but not a recap list', () => {
    const t =
      'Hallo,\n\nist noch da.\n\nGesendet: Sonntag, 12. Mai 2024 um 16:05 Uhr\nVon: Ali\nAn: Gisela\nBetreff: Bank\n\nWas kostet sie?';
    expect(body(t)).toEqual(['Hallo,', 'ist noch da.']);
    expect(structure(t).quoted).toContain('Was kostet sie?');
    // Without a From line, or with only two fields, the lines are the seller's own.
    const recap = 'Hallo,\n\nDatum: Samstag\nBetreff: Abholung\n\nPasst das?';
    expect(body(recap).join('\n')).toBe('Hallo,\nDatum: Samstag\nBetreff: Abholung\nPasst das?');
    expect(body('Hallo,\n\nGesendet: heute\nVon: mir\n\nPasst das?')).toContain('Passt das?');
  });

  it('drops ">" lines wherever they are (bottom-posting) and keeps the reply below them', () => {
    const t = '> Is it still available?\n\nYes, it is. When would you like to pick it up?';
    expect(body(t)).toEqual(['Yes, it is. When would you like to pick it up?']);
  });

  it.each([
    ['Best,\nMaria', 'Best,'],
    ['Kind regards\nMaria Berg\nBerg Ceramics\n+49 170 1234567\nwww.bergceramics.de', 'Kind regards'],
    ['LG Jana', 'LG Jana'],
    ['Mit freundlichen Grüßen\n\nAnna Schmidt', 'Mit freundlichen Grüßen'],
    ['Ystävällisin terveisin\nMaija', 'Ystävällisin terveisin'],
    ['t. Maija', 't. Maija'],
    // Chat drops the abbreviation's stop: "t Sanna", "terv Sanna".
    ['t Sanna', 't Sanna'],
    ['terv Sanna', 'terv Sanna'],
    ['Srdačan pozdrav,\nAmir', 'Srdačan pozdrav,'],
    ['Lp, Aleks', 'Lp, Aleks'],
    ['S poštovanjem,\nMarko', 'S poštovanjem,'],
    ['Have a lovely week,\nSigrid', 'Have a lovely week,'],
    ['Lovely to be making this for you,\nMeg', 'Lovely to be making this for you,'],
  ])('recognises the sign-off in "…%s"', (closing, signOff) => {
    const t = `Hi Anna,\n\nyour order ships tomorrow. Does that work?\n\n${closing}`;
    const d = structure(t);
    expect(d.signOff?.text).toBe(signOff);
    expect(t.slice(d.bodyStart, d.bodyEnd)).toBe('Hi Anna,\n\nyour order ships tomorrow. Does that work?');
  });

  it('a longer wish with "!" above the name stays in the body; with its comma it signs off', () => {
    const t = 'Hi Anna,\n\nyour order ships tomorrow.\nHope your gran has a wonderful birthday!\nKatie';
    expect(structure(t).signOff).toBeNull();
    expect(body(t).join('\n')).toMatch(/wonderful birthday!/);
  });

  it('treats phone, URL and "Sent from my iPhone" lines as signature without a sign-off', () => {
    const t = 'Yes, still available. Want it?\n\nSent from my iPhone';
    expect(body(t)).toEqual(['Yes, still available. Want it?']);
  });

  it.each([
    ['Poslano iz aplikacije Outlook za Android'],
    ['Poslato sa mog Samsung telefona'],
    ['Послато са мог iPhone-а'],
    ['Poslano preko Gmail aplikacije'],
  ])('takes a BCS phone line under the sign-off as signature: "%s"', (line) => {
    expect(body(`Draga Petra,\n\nje li ti srijeda u redu?\n\nPozdrav,\nVesna\n\n${line}`)).toEqual([
      'Draga Petra,',
      'je li ti srijeda u redu?',
    ]);
  });

  it.each([
    ['Gesendet mit der sicheren E-Mail von Proton Mail.'],
    ['Sent with Proton Mail secure email.'],
    ['Lähetetty Proton Mailin suojatulla sähköpostilla.'],
    ['Lähetetty Proton Mail -suojatulla sähköpostilla.'],
    ['Lähetetty Proton Maililla.'],
    ['Gesendet mit der WEB.DE Mail App'],
  ])('takes a mail app\'s footer as signature: "%s"', (footer) => {
    expect(body(`Hi Anna,\n\nstill available. Want it?\n\n${footer}`)).toEqual([
      'Hi Anna,',
      'still available. Want it?',
    ]);
  });

  it('counts no separator as a word of a signature line ("Ember & Wick Candles | Wholesale")', () => {
    const t =
      'Good morning Siân,\n\nPlease confirm whether you would like one invoice.\n\nBest wishes,\nRhian Morgan\n' +
      'Ember & Wick Candles | Wholesale\nwww.emberandwick.co.uk';
    expect(body(t)).toEqual(['Good morning Siân,', 'Please confirm whether you would like one invoice.']);
  });

  it('takes "<word>, <Name>" alone on the last line as the sign-off ("Lämpimästi, Heidi")', () => {
    const t = 'Hei Tiina,\n\nteen uuden tilalle. Saisinko kuvan paketista?\n\nLämpimästi, Heidi';
    expect(structure(t).signOff?.text).toBe('Lämpimästi, Heidi');
    // Not a chat line typed in lower case that happens to end in a name.
    expect(structure('Hei Tiina,\n\nsopii hyvin, Tiina').signOff).toBeNull();
  });

  it('never treats the first line as a sign-off ("Pozdrav" opens a message too)', () => {
    const t = 'Pozdrav, da li je još dostupno?';
    expect(structure(t).signOff).toBeNull();
    expect(body(t)).toEqual([t]);
  });

  it('splits sentences with Intl.Segmenter, also lower-case chat sentences, not after abbreviations', () => {
    const t = "Dear Ms. Patel, yes it's available. when would you like it? approx. 5 cm wide";
    const d = structure(t);
    expect(bodySentences(d, 'en').map((s) => s.text)).toEqual([
      "Dear Ms. Patel, yes it's available.",
      'when would you like it?',
      'approx. 5 cm wide',
    ]);
  });

  it('keeps a street abbreviated at the end of its name with its number ("Lindenstr. | 12")', () => {
    const d = structure('Samstag 10 Uhr passt 👍 Lindenstr. 12, 3. OG, klingel bei Yıldız. Bar bitte');
    expect(bodySentences(d, 'de')[0]!.text).toContain('Lindenstr. 12');
  });

  it('keeps a day number and its month in one sentence ("den 12. | Juli" is no sentence end)', () => {
    const d = structure('Hallo Eva, ich reserviere ihn bis Samstag, den 12. Juli. Der Preis bleibt bei 420 €.');
    expect(bodySentences(d, 'de').map((s) => s.text)).toEqual([
      'Hallo Eva, ich reserviere ihn bis Samstag, den 12. Juli.',
      'Der Preis bleibt bei 420 €.',
    ]);
  });

  it('ends a chat sentence at a number that is no day or year before a word in lower case ("…olla 40. laitatko")', () => {
    const fi = structure('laitoin vaarat kengat, koko 39 vaikka piti olla 40. laitatko ne takas');
    expect(bodySentences(fi, 'fi').map((s) => s.text)).toEqual([
      'laitoin vaarat kengat, koko 39 vaikka piti olla 40.',
      'laitatko ne takas',
    ]);
    // A day of the month or a year stays in its sentence: "u 12. sedmici", "u 2024. godini".
    expect(bodySentences(structure('bit će gotov u 12. sedmici, kao u 2024. godini'), 'bs')).toHaveLength(1);
  });

  it('takes a sign-off no list has by its last word ("Aurinkoisin terveisin"), and a name with kisses ("Jen x")', () => {
    expect(structure('Hei Katja,\n\nkiitos!\n\nAurinkoisin terveisin\nSini / Metsäöljy').signOff?.text).toBe(
      'Aurinkoisin terveisin',
    );
    expect(structure('Hallo Jana,\n\ndanke!\n\nSonnige Grüße\nMia').signOff?.text).toBe('Sonnige Grüße');
    const t = 'Hi Martina,\n\nThey are attached now. Let me know what you think.\n\nJen x';
    expect(body(t)).toEqual(['Hi Martina,', 'They are attached now. Let me know what you think.']);
    // A line of the body that merely ends in such a word stays in the body.
    expect(
      structure('Hi Ann,\n\nI send you my warmest regards and the photos are attached.\n\nBen').signOff,
    ).toBeNull();
  });

  it('keeps offsets into the original text, CRLF included', () => {
    const t = 'Hi Anna,\r\n\r\nthanks!\r\nWould you like it?\r\n\r\nBest,\r\nMaria';
    const d = structure(t);
    for (const s of bodySentences(d, 'en')) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(t.slice(d.bodyStart, d.bodyEnd)).toBe('Hi Anna,\r\n\r\nthanks!\r\nWould you like it?');
  });
});

describe('closing block by shape', () => {
  it('a sign-off phrase with more after it, a name with its shop', () => {
    for (const [text, above] of [
      ['Is this okay for you?\n\nBest greetings from Freiburg\nAnnette Böhm', 'Is this okay for you?'],
      ['Soll ich es dir zurücklegen?\n\nLiebe Grüße aus der Wachau\nResi', 'Soll ich es dir zurücklegen?'],
      ['Käykö keskiviikkoilta?\n\nTyyne / Räsypuoti', 'Käykö keskiviikkoilta?'],
      [
        'Could you approve the proof by Monday?\n\nBest regards,\nJason Miller\nPrintWorks Co.',
        'Could you approve the proof by Monday?',
      ],
    ] as const) {
      const end = structure(text).bodyEnd;
      expect(end).toBe(above.length);
    }
    // A recap list or a time is no signature.
    for (const text of ['Passt, dann so:\n\nSamstag 10 Uhr\nAbholung Hauptstraße 4', 'Deal.\n\nPrice: 40 €\nSize: M']) {
      expect(structure(text).bodyEnd).toBe(text.length);
    }
  });
});

describe('parseDraft passes', () => {
  const sign = (l: string) => /^(best|liebe grüße)\b/i.test(l);
  it('splitQuoted: ">" lines and everything from a reply header on are quoted; bottom-posting keeps the own text', () => {
    const { own, quoted } = splitQuoted(
      splitLines('Hi,\n> where is it?\nIt left today.\n\nAm Di., 4. März 2025 um 09:12 schrieb Kate <k@x.de>:\nHallo'),
    );
    expect(own.map((l) => l.text)).toEqual(['Hi,', 'It left today.', '']);
    expect(quoted).toEqual(['where is it?', 'Am Di., 4. März 2025 um 09:12 schrieb Kate <k@x.de>:', 'Hallo']);
    // The header languages come from the packs: Finnish and BCS attributions and an Outlook block.
    for (const h of [
      'ma 3.3.2025 klo 14.05 Anna Virtanen <a@x.fi> kirjoitti:',
      'Dana 3. 3. 2025. u 14:05 Ana <a@x.ba> je napisala:',
      'Von: Kate <k@x.de>\nGesendet: Dienstag',
    ]) {
      expect(splitQuoted(splitLines(`Ok.\n${h}\nx`)).own.map((l) => l.text)).toEqual(['Ok.']);
    }
  });
  it('findClosing: a "-- " delimiter, a known sign-off over short lines, the body lines left', () => {
    const own = splitLines('\nHi Anna,\n\nready Monday.\n\nBest,\nMaria\n-- \nShop\n');
    const c = findClosing(own, sign);
    expect([own[c.first]!.text, own[c.last]!.text, c.signOff?.text, c.signature.map((l) => l.text.trim())]).toEqual([
      'Hi Anna,',
      'ready Monday.',
      'Best,',
      ['Maria', '--', 'Shop'],
    ]);
  });
  it('paragraphsOf: blank lines separate paragraphs', () => {
    const own = splitLines('a\nb\n\nc');
    expect(paragraphsOf(own, 0, 3).map((p) => p.lines.map((l) => l.text))).toEqual([['a', 'b'], ['c']]);
  });
});
