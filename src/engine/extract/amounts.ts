/**
 * Amounts of money in a text: with a currency ("35 €", "€35", "100 KM", "20e", "35,-") and bare whole numbers that
 * can only be an amount in a seller's message ("45 wie besprochen", "ok 70", "za 40") — not a date ("20.7.",
 * "the 20th"), a time ("17:00", "18h", "6 pm"), a measure ("350 g"), a year, a phone number or a house number
 * ("Nr. 12", "200 Market St"); in BCS also "60 km" (KM_MARK).
 */
import { ADDRESS, KM_MARK, PRICE } from '../lang/common';
import type { Lang } from '../types';
import { memo } from '../memo';
import { findAll, type Match } from '../phrases';

export interface Amount {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Written with a currency (or as "35,-"). */
  currency: boolean;
}

/** Whole numbers of two to seven digits that are not part of a date, time, measure or decimal. */
const BARE =
  /(?<![\d.,:/-])\d{2,7}(?![\d.,:/-]\d|\.(?!\s*$)|\d|[\s-]?(?:h|uhr|am|pm|st|nd|rd|th|min|cm|mm|m|kg|g|ml|l|km|kpl|x)(?![\p{L}]))/giu;
/** A whole number with a thousands mark: "1.500", "2,000", "1'200" (not "1.500 kg", not "1.500.000.000"). */
const THOUSANDS = /(?<![\d.,:/-])\d{1,3}[.,’']\d{3}(?![.,’'/:-]?\d|\s?(?:kg|g|km|m|ml|l|cm|mm)(?!\p{L}))/gu;
/** A street, floor or number word right before: "Hauptstr. 12", "Ulica 5", "Nr. 12", "No. 7", "#12". */
const ADDRESS_BEFORE =
  /(?:str\.?|straße|strasse|gasse|weg|platz|allee|katu|tie|kuja|ulica|ul\.|street|st\.|road|rd\.|lane|avenue|nr\.?|no\.?|br\.|#|stock|kat|krs\.?|plz)\s*$/iu;

function valueOf(s: string): number {
  // The number only: "Fr. 45" is 45, not .45; "80.–" is 80.
  const digits = (s.match(/\d[\d.,’']*/u)?.[0] ?? '').replace(/[’']/gu, '').replace(/[.,]+$/u, '');
  // "1.140" / "1,140" with three digits after the mark is a thousands separator; "4,50" is a decimal.
  const t = /[.,]\d{3}$/.test(digits) ? digits.replace(/[.,]/g, '') : digits.replace(',', '.');
  return Number.parseFloat(t);
}

export function findAmounts(text: string, lang?: Lang): readonly Amount[] {
  // BCS reads "60 km" as money (KM_MARK): its own cache.
  const km = lang === 'bs';
  return memo(km ? KM_MARK : BARE, 'amounts', text, () => {
    const out: Amount[] = [];
    for (const m of text.matchAll(PRICE)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: valueOf(m[0]), currency: true });
    }
    if (km)
      for (const m of text.matchAll(KM_MARK)) {
        const end = m.index + m[0].length;
        if (out.some((a) => a.start < end && a.end > m.index)) continue;
        out.push({ start: m.index, end, text: m[0], value: valueOf(m[0]), currency: true });
      }
    // "200 Market St", "Birkenweg 4": the number of a street address is no amount.
    const streets = streetAddresses(text);
    // Thousands first: "1'200" holds no amount "200" of its own.
    for (const m of [...text.matchAll(THOUSANDS), ...text.matchAll(BARE)]) {
      const start = m.index;
      if (streets.some((a) => a.start <= start && start < a.end)) continue;
      const end = start + m[0].length;
      if (out.some((a) => a.start < end && a.end > start)) continue;
      const n = m[0];
      if (n.startsWith('0') || /^(?:19|20)\d\d$/.test(n)) continue;
      if (ADDRESS_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      // "0176 1234567", "12 34 56": a phone number is several groups of digits.
      if (/^\s\d/.test(text.slice(end, end + 2)) || /\d\s$/.test(text.slice(Math.max(0, start - 2), start))) continue;
      out.push({ start, end, text: n, value: valueOf(n), currency: false });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/** The street addresses of `text` ("200 Market St", "Birkenweg 4"), remembered per text: amounts and order details
 * both read them. */
export function streetAddresses(text: string): readonly Match[] {
  return /\d/.test(text) ? memo(ADDRESS, 'addresses', text, () => findAll(ADDRESS, text)) : [];
}

/** The values of the amounts in `text` (in `lang`'s ways of writing money). */
export function amountValues(text: string, lang?: Lang): number[] {
  return findAmounts(text, lang).map((a) => a.value);
}
