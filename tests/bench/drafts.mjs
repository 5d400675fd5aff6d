// Benchmark inputs, built deterministically from the labelled corpus (tests/corpus/{en,de,fi,bs}.jsonl).
//
// The corpus drafts are short (median ≈ 150 characters), so the ~500- and ~5,000-character drafts are composed
// from them, per language:
//   ~500:  the body of one corpus draft, then the body paragraphs of the next drafts of the same language (a
//          leading greeting-only paragraph of those is dropped) until the body reaches ~430 characters, then the
//          first draft's own sign-off and signature (or, if it has none, the first sign-off met on the way).
//   ~5,000: the same, with the body grown to ~1,600 characters, a sign-off and a 4-line signature (name, shop,
//          phone, shop URL), and below it quoted history in that language until the text reaches ~5,000
//          characters: an attribution line ("On … wrote:", "Am … schrieb …:", "… kirjoitti …:", "… je napisao/la:")
//          or an Outlook header block (From:/Sent:/To:/Subject: and its translations), then customers' messages
//          and older corpus drafts, ">"-quoted (two levels deep in places) or plain under the header block.
//
// "Cold" means texts the engine has never seen: the engine caches sentences by line and language scores by
// paragraph, so every set built here uses each corpus draft's body at most once (pieces are disjoint within a
// set), and each set is measured in its own fresh process. Quoted history may reuse any text: the engine never
// caches quoted lines. Sign-offs and signatures repeat across drafts, as a seller's do in real life.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['en', 'de', 'fi', 'bs'];

export function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

export function loadCorpus(root) {
  const out = {};
  for (const lang of LANGS) out[lang] = readJsonl(join(root, 'tests', 'corpus', `${lang}.jsonl`));
  out.other = readJsonl(join(root, 'tests', 'corpus', 'other.jsonl'));
  return out;
}

/** The drafts of one split of the writer-batch data set (tests/dataset/<split>-<lang>.jsonl): texts only. */
export function loadDatasetSplit(root, split) {
  const out = {};
  for (const lang of LANGS) out[lang] = readJsonl(join(root, 'tests', 'dataset', `${split}-${lang}.jsonl`));
  return out;
}

/** A small seeded PRNG (mulberry32), so every run builds the same drafts. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled(xs, seed) {
  const r = rng(seed);
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * Split every corpus draft into body paragraphs, sign-off, signature and quoted text with the engine's own
 * structure() (parsing is not cached by the engine, so this warms nothing that is measured later).
 */
export function pieces(engine, corpus) {
  const out = {};
  for (const lang of LANGS) {
    out[lang] = corpus[lang].map((r) => {
      const d = engine.structure(r.text, { lang });
      return {
        id: r.id,
        text: r.text,
        paras: d.paragraphs.map((p) => r.text.slice(p.start, p.end)),
        signOff: d.signOff ? d.signOff.text.trim() : null,
        signature: d.signature.map((l) => l.text),
        customerName: r.customerName,
        customerMessage: r.customerMessage,
      };
    });
  }
  return out;
}

const greetingOnly = (p) => !p.includes('\n') && p.trim().length <= 40 && /[,!]\s*$/.test(p.trim());

const SIGNATURE = {
  en: ['Mia Novak', "Mia's Knits · handmade in Leeds", 'Tel: +44 7700 900142', 'https://www.etsy.com/shop/MiasKnits'],
  de: [
    'Jana Becker',
    'Janas Keramik · Handgemacht in Leipzig',
    'Tel.: +49 151 2345 6789',
    'https://www.etsy.com/de/shop/JanasKeramik',
  ],
  fi: [
    'Aino Virtanen',
    'Ainon Puoti · käsityönä Tampereelta',
    'puh. +358 40 123 4567',
    'https://www.etsy.com/fi/shop/AinonPuoti',
  ],
  bs: [
    'Amra Hodžić',
    'Amrina radionica · ručni rad iz Mostara',
    'Tel: +387 61 234 567',
    'https://www.etsy.com/shop/AmrinaRadionica',
  ],
};

const DEFAULT_SIGN_OFF = {
  en: 'Best wishes,',
  de: 'Viele Grüße',
  fi: 'Ystävällisin terveisin',
  bs: 'Srdačan pozdrav,',
};

const ATTRIBUTION = {
  en: (n) => `On Tue, 3 Mar 2026 at 14:0${n % 10}, ${'Sarah Miller'} <sarah.miller@example.com> wrote:`,
  de: (n) => `Am 03.03.2026 um 14:0${n % 10} schrieb Petra Schulz <petra.schulz@example.de>:`,
  fi: (n) => `ti 3.3.2026 klo 14.0${n % 10} Mikko Korhonen <mikko.korhonen@example.fi> kirjoitti:`,
  bs: (n) => `Dana 3. 3. 2026. u 14:0${n % 10}, Emina Begić <emina.begic@example.ba> je napisala:`,
};

const HEADER_BLOCK = {
  en: [
    '-----Original Message-----',
    'From: Sarah Miller <sarah.miller@example.com>',
    'Sent: Tuesday, March 3, 2026 2:04 PM',
    'To: Mia Novak <shop@miasknits.example>',
    'Subject: Re: Custom order',
  ],
  de: [
    '-----Ursprüngliche Nachricht-----',
    'Von: Petra Schulz <petra.schulz@example.de>',
    'Gesendet: Dienstag, 3. März 2026 14:04',
    'An: Jana Becker <info@janaskeramik.example>',
    'Betreff: AW: Bestellung',
  ],
  fi: [
    'Lähettäjä: Mikko Korhonen <mikko.korhonen@example.fi>',
    'Lähetetty: tiistai 3. maaliskuuta 2026 14.04',
    'Vastaanottaja: Aino Virtanen <aino@ainonpuoti.example>',
    'Aihe: VS: Tilaus',
  ],
  bs: [
    'Šalje: Emina Begić <emina.begic@example.ba>',
    'Poslano: utorak, 3. mart 2026. 14:04',
    'Prima: Amra Hodžić <amra@radionica.example>',
    'Predmet: Odg: Narudžba',
  ],
};

/** Quoted history in `lang` from customers' messages and older drafts, at least `size` characters. */
function quotedHistory(lang, all, size, n) {
  const texts = [];
  for (const p of all) {
    if (p.customerMessage) texts.push(p.customerMessage);
    texts.push(p.text.split(/\n(?=On |Am |.*kirjoitti|.*napisa|-----|>)/)[0]);
  }
  const rot = (n * 7) % texts.length;
  const ordered = [...texts.slice(rot), ...texts.slice(0, rot)];
  const outlook = n % 2 === 1;
  const lines = outlook ? [...HEADER_BLOCK[lang], ''] : [ATTRIBUTION[lang](n)];
  let len = lines.join('\n').length;
  let level = outlook ? '' : '> ';
  for (let i = 0; len < size && i < ordered.length; i++) {
    const block = ordered[i].split('\n').map((l) => (level + l).trimEnd());
    if (i > 0) block.unshift(level.trimEnd());
    lines.push(...block);
    len += block.join('\n').length + 1;
    // After the first message, older ones sit one level deeper.
    if (i === 1 && !outlook) {
      lines.push('>', `> ${ATTRIBUTION[lang](n + 1)}`);
      level = '>> ';
    }
  }
  return lines.join('\n');
}

/**
 * Compose drafts of about `bodyTarget` body characters from `pool` (each piece used once): returns as many as the
 * pool allows.
 */
function compose(lang, pool, bodyTarget, withSignature) {
  const drafts = [];
  let i = 0;
  while (i < pool.length) {
    const used = [];
    const paras = [];
    let signOff = null;
    let signature = [];
    let len = 0;
    while (i < pool.length && len < bodyTarget) {
      const p = pool[i++];
      used.push(p.id);
      const ps = paras.length && p.paras.length && greetingOnly(p.paras[0]) ? p.paras.slice(1) : p.paras;
      for (const x of ps) {
        paras.push(x);
        len += x.length + 2;
      }
      if (!signOff && p.signOff) {
        signOff = p.signOff;
        signature = p.signature;
      }
    }
    if (len < bodyTarget * 0.8) break;
    const first = pool.find((p) => p.id === used[0]);
    const tail = [signOff ?? DEFAULT_SIGN_OFF[lang]];
    if (withSignature) tail.push(...SIGNATURE[lang]);
    else if (signature.length) tail.push(...signature);
    const body = paras.join('\n\n');
    drafts.push({
      lang,
      from: used,
      text: body + '\n\n' + tail.join('\n'),
      body,
      tail: tail.join('\n'),
      customerName: first.customerName,
    });
  }
  return drafts;
}

/** ~500-character drafts: one set (disjoint pieces) per language, shuffled by `seed`. */
export function set500(all, seed) {
  const out = [];
  for (const lang of LANGS) out.push(...compose(lang, shuffled(all[lang], seed + LANGS.indexOf(lang)), 430, false));
  return out;
}

/** ~5,000-character drafts with quoted history and signature: one set (disjoint bodies) per language. */
export function set5k(all, seed) {
  const out = [];
  for (const lang of LANGS) {
    const bodies = compose(lang, shuffled(all[lang], seed * 31 + LANGS.indexOf(lang)), 1600, true);
    bodies.forEach((d, n) => {
      const quoted = quotedHistory(lang, shuffled(all[lang], seed + n), 5000 - d.text.length - 2, seed + n);
      let text = d.text + '\n\n' + quoted;
      if (text.length > 5100) text = text.slice(0, text.lastIndexOf('\n', 5000));
      out.push({ ...d, text, tail: text.slice(d.body.length + 2) });
    });
  }
  return out;
}

export function lengths(drafts) {
  const ls = drafts.map((d) => d.text.length).sort((a, b) => a - b);
  return { n: ls.length, min: ls[0], median: ls[Math.floor(ls.length / 2)], max: ls[ls.length - 1] };
}

/** The largest input the engine reads whole: a pasted page, a long thread, junk. Each case is new text of this size. */
export const LARGE_CHARS = 200 * 1024;

/**
 * Inputs up to 200 KB of every awkward shape (issue 12: `analyze` returns within 50 ms for any of them), built
 * deterministically: letters in four languages with quoted history, one line without a break, ten thousand short
 * lines, a pasted spreadsheet, HTML source, mixed scripts and emoji, binary junk.
 */
export function largeInputs(chars = LARGE_CHARS) {
  const fill = (unit) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const r = rng(12);
  return {
    'letter (en)': fill(
      'Hi Anna,\n\nsorry, the walnut tray is late: the oil needs two more days. It ships on Friday with tracking.\n\n> On Mon, Anna wrote:\n> is it still available? what does shipping to Leeds cost?\n\n',
    ),
    'letter (de)': fill(
      'Hallo Jana,\n\nleider verspätet sich das Paket. Ich schicke es am Freitag. Passt das?\n\n> Am Mo. schrieb Jana:\n> Wann kommt die Vase?\n\n',
    ),
    'letter (fi)': fill(
      'Hei Maija,\n\nvalitettavasti paketti myöhästyy. Lähetän sen perjantaina. Käykö?\n\n> Maija kirjoitti:\n> Milloin tilaus tulee?\n\n',
    ),
    'letter (bs)': fill(
      'Zdravo Amra,\n\nnažalost paket kasni. Šaljem ga u petak. Može li tako?\n\n> Amra je napisala:\n> Kada stiže narudžba?\n\n',
    ),
    'one line': fill('x'),
    'one line of words': fill('the vase ships friday '),
    'ten thousand lines': Array.from({ length: 10_000 }, (_, i) => `line ${i}: ok`)
      .join('\n')
      .slice(0, chars),
    spreadsheet: fill('Vase\t2\t40,50 €\t2025-03-04\tblue\n'),
    'HTML source': fill('<div class="msg"><p>Hi <b>Anna</b>, is it still available?</p><br></div>\n'),
    'mixed scripts and emoji': fill('Hi Анна 👩‍👩‍👧 die Vase je spremna 🙂 kiitos! مرحبا Здраво, šaljem sutra? '),
    'binary junk': Array.from({ length: chars }, () => String.fromCharCode(Math.floor(r() * 65536))).join(''),
  };
}
