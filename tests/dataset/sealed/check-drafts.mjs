// Format check only (not labels): node check-drafts.mjs <file> <prefix>
import { readFileSync } from 'node:fs';
const [file, prefix] = process.argv.slice(2);
const lang = (file.match(/-(en|de|fi|bs)\.jsonl$/) || [])[1];
const SITES = [
  'etsy',
  'gmail',
  'outlook',
  'yahoo',
  'proton',
  'gmx',
  'webde',
  'kleinanzeigen',
  'ebay',
  'facebook',
  'olx',
  'tori',
  'njuskalo',
  'vinted',
];
const SITUATIONS = [
  'enquiry',
  'availability',
  'haggling',
  'reservation',
  'custom-order',
  'order-start',
  'order-confirmation',
  'payment-received',
  'shipping-choice',
  'pickup',
  'delay',
  'moved-date',
  'damage',
  'loss',
  'wrong-item',
  'out-of-stock',
  'late-reply',
  'forgotten-task',
  'refund',
  'exchange',
  'complaint',
  'thank-you',
  'review-request',
  'declining',
];
const BASE = ['formal', 'informal', 'chat'],
  TAGS = ['typos', 'emoji', 'no-punct', 'no-diacritics', 'regional', 'cyrillic'];
const RULES = ['greeting', 'closing-question', 'apology', 'order-recap'];
const KNOWN = new Set([
  'id',
  'lang',
  'site',
  'situation',
  'register',
  'text',
  'customerName',
  'customerMessage',
  'expect',
  'note',
]);
const probs = [];
const ids = new Set();
let n = 0;
if (!lang) probs.push('file name must end in -<en|de|fi|bs>.jsonl');
readFileSync(file, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (!line.trim()) return;
    n++;
    let r;
    try {
      r = JSON.parse(line);
    } catch (e) {
      probs.push(`line ${i + 1}: not JSON (${e.message})`);
      return;
    }
    const bad = [];
    if (typeof r.id !== 'string' || !new RegExp(`^${lang}-${prefix}-\\d{3}$`).test(r.id)) bad.push('id');
    if (ids.has(r.id)) bad.push('duplicate id');
    ids.add(r.id);
    if (r.lang !== lang) bad.push('lang');
    if (!SITES.includes(r.site)) bad.push('site');
    if (!SITUATIONS.includes(r.situation)) bad.push('situation');
    const [b, ...t] = String(r.register ?? '').split(' ');
    if (!BASE.includes(b) || !t.every((x) => TAGS.includes(x))) bad.push('register');
    if (typeof r.text !== 'string' || !r.text.trim()) bad.push('text');
    for (const k of ['customerName', 'customerMessage', 'note'])
      if (r[k] !== undefined && typeof r[k] !== 'string') bad.push(k);
    const e = r.expect;
    if (!e || !RULES.every((k) => typeof e[k] === 'boolean') || Object.keys(e).length !== 4) bad.push('expect');
    for (const k of Object.keys(r)) if (!KNOWN.has(k)) bad.push(`unknown field ${k}`);
    if (bad.length) probs.push(`line ${i + 1}: ${bad.join(', ')}`);
  });
if (probs.length) {
  console.log(probs.join('\n'));
  process.exit(1);
}
console.log(`OK (${n} lines)`);
