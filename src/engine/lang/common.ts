/** Patterns shared by every language: numbers with units, currencies, numeric dates, sizes, contact lines. */

const N = String.raw`\d+(?:[.,]\d+)?`;
const B = String.raw`(?<![\p{L}\p{N}'’])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** "45 cm", "4,5cm", "20 x 30", "7\"", "2 kg". */
export const MEASUREMENT = new RegExp(
  String.raw`${B}${N}\s?(?:mm|cm|m|inch|inches|ft|kg|g|gr|ml|l|oz|lb|lbs|metara|metra|metri|senttiä|senttimetriä|cm²)${E}|${B}${N}\s?["”″]|${B}${N}\s?[x×]\s?${N}${E}`,
  'giu',
);

/** Clothing sizes written as letters, and "EU 38", "US 7". Case matters: "S" is a size, "s" is not. */
export const LETTER_SIZE = new RegExp(
  String.raw`${B}(?:XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)${E}(?![’'])|${B}(?:EU|US|UK)\s?\d{1,2}${E}`,
  'gu',
);

const CURRENCY = String.raw`€|\$|£|EUR|USD|GBP|CHF|KM|BAM|kn|HRK|RSD|din\.?|dinara|eur|euro|euros|eura|evra|evro|euroa|euron|eurolla|euroja|e|Fr\.|fr\.|franken|kuna|kune|maraka`;
/** "35 €", "€35", "35,- €", "100 KM", "20e". */
export const PRICE = new RegExp(
  String.raw`(?:€|\$|£)\s?${N}|${B}(?:EUR|USD|GBP|CHF|KM|BAM|kn|HRK|RSD)\s?${N}|${B}${N}(?:,-)?\s?(?:${CURRENCY})(?![\p{L}])|${B}${N},-`,
  'gu',
);

/** "12.3.", "12.03.2025", "3/12", "2025-03-12", "3rd". */
export const NUMERIC_DATE = new RegExp(
  String.raw`${B}\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?|${B}\d{1,2}/\d{1,2}(?:/\d{2,4})?${E}|${B}\d{4}-\d{2}-\d{2}${E}|${B}\d{1,2}(?:st|nd|rd|th)${E}`,
  'giu',
);

/** "3x", "x 2", "2 pcs", "5 kpl", "3 kom", "2 Stück". */
export const QUANTITY = new RegExp(
  String.raw`${B}\d+\s?(?:x|×|pcs|pc|pieces|stk|stück|st\.|kpl|kom|komada|komad|paar|pairs|pari|para)${E}|${B}[x×]\s?\d+${E}`,
  'giu',
);

export const DIGIT_NUMBER = /\d+/u;

const PHONE = String.raw`(?:(?:tel|phone|mob|mobile|handy|puh|puhelin|gsm|fax|t|m)\.?:?\s*)?\+?[\d()][\d\s()./-]{6,}\d`;
/** A line that is only a phone number, web address or e-mail: part of a signature. */
export const CONTACT_LINE = new RegExp(
  String.raw`^\s*(?:${PHONE}|(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|(?:etsy|instagram|facebook|ig|web|shop|www)\s*[:.]\s*\S+|\S+\.(?:com|de|fi|ba|hr|rs|net|org|shop|etsy\.com)(?:/\S*)?)\s*$`,
  'iu',
);

/** A short line that holds a web address, e-mail or phone number ("Rossi Silks | rossisilks.etsy.com"). */
export const CONTACT_ANYWHERE = new RegExp(
  String.raw`(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+\.(?:com|de|fi|ba|hr|rs|net|org|shop|at|ch|co\.uk)\b|(?:tel|phone|mob|puh|gsm)\.?:?\s*\+?[\d()][\d\s()./-]{6,}\d|\+\d[\d\s()./-]{7,}\d`,
  'iu',
);

/** "Sent from my iPhone" and its cousins. */
export const SENT_FROM =
  /^\s*(?:sent from my|sent from|von meinem .* gesendet|gesendet von|lähetetty (?:.*)?(?:iphone|android|puhelimesta)|poslano (?:s|sa) mog|poslato (?:s|sa) mog|get outlook for)/iu;

/**
 * What mail apps put under a message: "Sent with Proton Mail secure email.", "Gesendet mit der WEB.DE Mail App". Kept
 * apart from SENT_FROM: as one alternation the two exceed the ReDoS checker's step limit (tests/unit/redos.test.ts).
 */
export const MAIL_APP_FOOTER =
  /^\s*(?:sent with|gesendet mit|lähetetty \S+ \S+ (?:suojatulla )?(?:sähköpostilla|sovelluksella)|(?:poslano|poslato) (?:s|sa|iz|putem) (?:proton|yahoo|gmail|outlook|gmx))/iu;

/** A time of day: "17:00", "17.30 Uhr", "18h", "6 pm", "klo 17", "u 17h". */
export const TIME = new RegExp(
  String.raw`${B}(?:[01]?\d|2[0-3])[:.][0-5]\d${E}(?!\.\d)|${B}(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.|sati|sata)${E}|${B}(?:klo|kello)\s?(?:[01]?\d|2[0-3])${E}`,
  'giu',
);

/** A street address: "Hauptstr. 12", "Birkenweg 4", "Mannerheimintie 5", "Ulica Kralja Tomislava 7", "12 Oak Road". */
export const ADDRESS = new RegExp(
  String.raw`${B}\p{L}*(?:str\.|straße|strasse|gasse|weg|allee|platz|katu|tie|kuja|polku)\s\d{1,4}[a-z]?${E}|${B}(?:ulica|ul\.)\s(?:\p{Lu}\p{L}*\s){0,3}\d{1,4}${E}|${B}\d{1,4}\s(?:\p{Lu}\p{L}+\s){1,2}(?:[Ss]treet|[Ss]t|[Rr]oad|[Rr]d|[Ll]ane|[Aa]venue|[Aa]ve|[Cc]lose|[Dd]rive|[Ww]ay|[Cc]t|[Cc]ourt|[Cc]rescent|[Pp]lace)${E}`,
  'gu',
);
