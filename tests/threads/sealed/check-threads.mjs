// Thread format check only (not labels): node check.mjs <file>
import { readFileSync } from 'node:fs';
const file = process.argv[2];
const m = file.match(/-(en|de|fi|bs)\.jsonl$/);
const lang = m && m[1];
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
const KNOWN = new Set([
  'id',
  'lang',
  'site',
  'now',
  'thread',
  'customerName',
  'text',
  'expect',
  'promise',
  'questions',
  'answered',
  'note',
]);
const iso = (s) =>
  typeof s === 'string' &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)$/.test(s) &&
  !isNaN(Date.parse(s))
    ? Date.parse(s)
    : null;
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
    if (typeof r.id !== 'string' || !new RegExp(`^${lang}-[a-z]{2}-\\d{3}$`).test(r.id)) bad.push('id');
    if (ids.has(r.id)) bad.push('duplicate id');
    ids.add(r.id);
    if (r.lang !== lang) bad.push('lang');
    if (!SITES.includes(r.site)) bad.push('site');
    const now = iso(r.now);
    if (now === null) bad.push('now (ISO 8601 with offset)');
    const t = r.thread;
    if (!Array.isArray(t) || !t.length) bad.push('thread');
    else {
      let last = -Infinity;
      t.forEach((x, j) => {
        if (!['seller', 'customer'].includes(x.author) || typeof x.text !== 'string')
          bad.push(`thread[${j}] author/text`);
        const at = iso(x.at);
        if (at === null) bad.push(`thread[${j}].at (ISO with offset)`);
        else {
          if (at < last) bad.push(`thread[${j}].at before the previous message`);
          last = at;
        }
      });
      if (now !== null && last > now) bad.push('a message after now');
    }
    if (typeof r.text !== 'string' || !r.text.trim()) bad.push('text');
    const e = r.expect;
    if (!e || typeof e.apology !== 'boolean' || typeof e['unanswered-question'] !== 'boolean') bad.push('expect');
    if (r.promise !== undefined) {
      const p = r.promise;
      if (
        !p ||
        !Array.isArray(t) ||
        t[p.message]?.author !== 'seller' ||
        iso(p.due) === null ||
        typeof p.kept !== 'boolean'
      )
        bad.push('promise (message = index of a seller message, due ISO with offset, kept boolean)');
    }
    if (!Array.isArray(r.questions) || !r.questions.every((q) => typeof q === 'string')) bad.push('questions');
    const a = r.answered;
    if (
      !Array.isArray(a) ||
      a.length !== (r.questions || []).length ||
      !a.every((x) => typeof x === 'boolean') ||
      (e && a.includes(false) !== e['unanswered-question'])
    )
      bad.push('answered (one boolean per question; unanswered-question true exactly when one is false)');
    if (r.customerName !== undefined && typeof r.customerName !== 'string') bad.push('customerName');
    if (r.note !== undefined && typeof r.note !== 'string') bad.push('note');
    for (const k of Object.keys(r)) if (!KNOWN.has(k)) bad.push(`unknown field ${k}`);
    if (bad.length) probs.push(`line ${i + 1}: ${bad.join(', ')}`);
  });
if (probs.length) {
  console.log(probs.join('\n'));
  process.exit(1);
}
console.log(`OK (${n} lines)`);
