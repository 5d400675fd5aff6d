/** Patterns shared by every language: numbers with units, currencies, numeric dates, sizes, contact lines. */

const N = String.raw`\d+(?:[.,]\d+)?`;
const B = String.raw`(?<![\p{L}\p{N}'’])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** "45 cm", "4,5cm", "20 x 30", "7\"", "2 kg". */
const UNITS = [
  'mm|cm|m|inch|inches|zoll|tuumaa|tuuman|tuuma|inča|inči|inč',
  'ft|kg|g|gr|ml|l|oz|lb|lbs|metara|metra|metri|senttiä|senttimetriä|cm²',
].join('|');
export const MEASUREMENT = new RegExp(
  [String.raw`${B}${N}\s?(?:${UNITS})${E}`, String.raw`${B}${N}\s?["”″]`, String.raw`${B}${N}\s?[x×]\s?${N}${E}`].join(
    '|',
  ),
  'giu',
);

/** Clothing sizes written as letters, "EU 38", "US 7", and paper sizes ("A4", "A3"; the English pack lists "a4" too).
 * Case matters: "S" is a size, "s" is not. */
export const LETTER_SIZE = new RegExp(
  String.raw`${B}(?:XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL|A[0-6])${E}(?![’'])|${B}(?:EU|US|UK)\s?\d{1,2}${E}`,
  'gu',
);

/** Children's sizes by age: "2-3 yrs", "3–4 Jahre", "2–4v", "5-6 god.". */
export const AGE_SIZE = new RegExp(
  String.raw`${B}\d{1,2}\s?[–-]\s?\d{1,2}\s?(?:yrs?|years?|y|j|jahre|v|vuotta|vuotiaille|god|godina|g)\.?${E}`,
  'giu',
);

const CURRENCY = [
  String.raw`€|\$|£|EUR|USD|GBP|CHF|KM|BAM|kn|HRK|RSD|din\.?|dinara`,
  'eur|euro|euros|eura|evra|evro|euroa|euron|eurolla|euroja|e',
  // German writes its nouns capitalised: "80 Euro", "120 Franken", Swiss "30 Stutz".
  String.raw`Euro|Euros|Eur|Franken|Stutz|SFr\.?|Fr\.|fr\.|franken|kuna|kune|maraka`,
].join('|');
/** "35 €", "€35", "35,- €", "100 KM", "20e", Swiss "Fr. 80" and "80.–". */
export const PRICE = new RegExp(
  [
    String.raw`(?:€|\$|£)\s?${N}`,
    String.raw`${B}(?:EUR|USD|GBP|CHF|KM|BAM|kn|HRK|RSD|SFr\.?|Fr\.)\s?${N}`,
    String.raw`${B}${N}(?:,-)?\s?(?:${CURRENCY})(?![\p{L}])`,
    String.raw`${B}${N}(?:,-|\.[-–](?![\d\p{L}]))`,
  ].join('|'),
  'gu',
);

/**
 * BCS chat writes its currency, the convertible mark, in lower case: "za 60 km", "moze 250 km + postarina". Read
 * only for BCS (in German or Finnish "20 km" is a distance), up to three digits ("3000 km" is a car's mileage), and
 * not before a word of distance ("20 km od Sarajeva", "30 km udaljeno").
 */
const DISTANCE_AFTER = String.raw`od(?!\p{L})|udalj|vožnj|voznj|dalek|pređ|predj|preš|pres|na sat`;
export const KM_MARK = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.,])\d{2,3}\s?km(?![\p{L}\p{N}])(?!\s+(?:${DISTANCE_AFTER}))`,
  'giu',
);

/** "12.3.", "12.03.2025", "3/12", "2025-03-12", "3rd". */
export const NUMERIC_DATE = new RegExp(
  [
    String.raw`${B}\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?`,
    String.raw`${B}\d{1,2}/\d{1,2}(?:/\d{2,4})?${E}`,
    String.raw`${B}\d{4}-\d{2}-\d{2}${E}`,
    // "2nd class" is postage, not the second.
    String.raw`${B}\d{1,2}(?:st|nd|rd|th)${E}(?!\s?class)`,
  ].join('|'),
  'giu',
);

const COUNT_UNITS = String.raw`x|×|pcs|pc|pieces|stk|stück|st\.|kpl|kom|komada|komad|paar|pairs|pari|para`;
/** "3x", "x 2", "2 pcs", "5 kpl", "3 kom", "2 Stück". */
export const QUANTITY = new RegExp(
  [String.raw`${B}\d+\s?(?:${COUNT_UNITS})${E}`, String.raw`${B}[x×]\s?\d+${E}`].join('|'),
  'giu',
);

/** The words an amount is written with — units, currencies, counted pieces — as one alternation: after a number they
 * make it an amount ("do 5 km", "od 20 eura", "at 3 pcs"), not an hour. */
export const AMOUNT_WORDS = `${UNITS}|${CURRENCY}|${COUNT_UNITS}`;

export const DIGIT_NUMBER = /\d+/u;

const PHONE_WORDS = 'tel|phone|mob|mobile|handy|puh|puhelin|gsm|fax|t|m';
const PHONE = String.raw`(?:(?:${PHONE_WORDS})\.?:?\s*)?\+?[\d()][\d\s()./-]{6,}\d`;
/** A line that is only a phone number, web address or e-mail: part of a signature. */
export const CONTACT_LINE = new RegExp(
  String.raw`^\s*(?:${[
    PHONE,
    String.raw`(?:https?://|www\.)\S+`,
    String.raw`[\w.+-]+@[\w-]+\.[\w.-]+`,
    String.raw`(?:etsy|instagram|facebook|ig|web|shop|www)\s*[:.]\s*\S+`,
    String.raw`\S+\.(?:com|de|fi|ba|hr|rs|net|org|shop|etsy\.com)(?:/\S*)?`,
  ].join('|')})\s*$`,
  'iu',
);

/** A short line that holds a web address, e-mail or phone number ("Rossi Silks | rossisilks.etsy.com"). */
export const CONTACT_ANYWHERE = new RegExp(
  [
    String.raw`(?:https?://|www\.)\S+`,
    String.raw`[\w.+-]+@[\w-]+\.[\w.-]+`,
    String.raw`\b[\w-]+\.(?:com|de|fi|ba|hr|rs|net|org|shop|at|ch|co\.uk)\b`,
    String.raw`(?:tel|phone|mob|puh|gsm)\.?:?\s*\+?[\d()][\d\s()./-]{6,}\d`,
    String.raw`\+\d[\d\s()./-]{7,}\d`,
  ].join('|'),
  'iu',
);

/** "Sent from my iPhone" and its cousins. */
export const SENT_FROM = new RegExp(
  String.raw`^\s*(?:${[
    'sent from my|sent from|von meinem .* gesendet|gesendet von',
    'lähetetty (?:.*)?(?:iphone|android|puhelimesta)',
    'posla(?:no|to) (?:s|sa|iz|preko) |посла(?:но|то) (?:с|са|из|преко) |get outlook for',
  ].join('|')})`,
  'iu',
);

/**
 * What mail apps put under a message: "Sent with Proton Mail secure email.", "Gesendet mit der WEB.DE Mail App". Kept
 * apart from SENT_FROM: as one alternation the two exceed the ReDoS checker's step limit (tests/unit/redos.test.ts).
 */
export const MAIL_APP_FOOTER = new RegExp(
  String.raw`^\s*(?:${[
    'sent with|gesendet mit',
    // "Lähetetty Proton Mailin suojatulla sähköpostilla", "… Proton Mail -suojatulla …", "Lähetetty Proton Maililla".
    String.raw`lähetetty \S+ (?:\S+ (?:-?suojatulla )?(?:sähköpostilla|sovelluksella)|maililla)`,
    '(?:poslano|poslato) (?:s|sa|iz|putem) (?:proton|yahoo|gmail|outlook|gmx)',
  ].join('|')})`,
  'iu',
);

/** A time of day: "17:00", "17.30 Uhr", "18h", "6 pm", "klo 17", "u 17h", "u 16 časova". */
export const TIME = new RegExp(
  [
    String.raw`${B}(?:[01]?\d|2[0-3])[:.][0-5]\d${E}(?!\.\d)`,
    String.raw`${B}(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.|sat[ia]|časov?a)${E}`,
    String.raw`${B}(?:klo|kello)\s?(?:[01]?\d|2[0-3])${E}`,
  ].join('|'),
  'giu',
);

const STREET_WORDS =
  '[Ss]treet|[Ss]t|[Rr]oad|[Rr]d|[Ll]ane|[Aa]venue|[Aa]ve|[Cc]lose|[Dd]rive|[Ww]ay|[Cc]t|[Cc]ourt|[Cc]rescent|[Pp]lace';
/** A street address: "Hauptstr. 12", "Birkenweg 4", "Mannerheimintie 5", "Ulica Kralja Tomislava 7", "12 Oak Road". */
export const ADDRESS = new RegExp(
  [
    // "Kalevankatu 5 B 12", "Birkenweg 4 b": a staircase or door letter and a flat number belong to the house number.
    String.raw`${B}\p{L}*(?:str\.|straße|strasse|gasse|weg|allee|platz|katu|tie|kuja|polku)\s\d{1,4}` +
      String.raw`(?:[a-z]|\s[A-Za-z](?:\s\d{1,3})?)?${E}`,
    String.raw`${B}(?:ulica|ul\.)\s(?:\p{Lu}\p{L}*\s){0,3}\d{1,4}${E}`,
    String.raw`${B}\d{1,4}\s(?:\p{Lu}\p{L}+\s){1,2}(?:${STREET_WORDS})${E}`,
    // Typed in chat without capitals: one name and a street word that names nothing else ("12 birch close", "14 elm
    // rd").
    String.raw`${B}\d{1,4}\s\p{Ll}{3,}\s(?:street|road|rd|lane|avenue|ave|close|crescent|grove|terrace)${E}`,
  ].join('|'),
  'gu',
);

/** A parcel number as carriers print it: "RR 048 213 377 BA", "ZX 4821 0093 7GB", "JJFI64512300012345678",
 * "0034 0434 1612 3456" — but not the groups of an account number to pay to, printed in fours after its country and
 * check digits as people write it ("FI55 1234 5600 0789 01"). Run together an account number is not told apart from a
 * parcel number ("GM605112270084510356" is DHL's), so only the grouped form is set aside. */
export const TRACKING_CODE = new RegExp(
  [
    String.raw`\b[A-Z]{2} ?(?:\d ?){9}[A-Z]{2}\b`,
    String.raw`\b[A-Z]{0,4}\d{10,22}\b`,
    String.raw`(?<!\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){0,7} )\b\d{4}(?: \d{4}){2,5}\b`,
  ].join('|'),
  'gu',
);

/** A weight, written out as people say it ("13 kila", "30 kiloa", "5 pounds") or with its unit ("350 g", "2kg"): an
 * answer to "how heavy", which the order details do not read (a weight for the helpers is no detail of the order). */
export const WEIGHT = new RegExp(
  String.raw`${B}${N}\s?(?:kila|kile|kilo|kiloa|kilos|grams|grammaa|grama|pounds|kg|g|lbs?|oz)${E}`,
  'giu',
);

const YEARS = 'years?|yrs?|jahre|jahren|vuotta|vuoden|godina|godine|god\\.';
/** How old something is: a year it was made or bought ("von 2019", "Ostettu uutena 2021"), or a count of years. */
export const AGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’./-])(?:19[5-9]\d|20[0-3]\d|\d{1,2}\s?(?:${YEARS}))${E}`,
  'giu',
);
