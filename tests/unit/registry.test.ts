import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { RULES } from '../../src/engine/rules';
import { RULE_IDS, LANGS } from '../../src/engine/types';
import { PACKS } from '../../src/engine/lang';
import { compile, findAll, plain } from '../../src/engine/phrases';

const ruleFiles = readdirSync('src/engine/rules')
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'shared.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
const readme = readFileSync('README.md', 'utf8');

describe('rules registry', () => {
  it('has one file per rule, named after its id, registered and listed in RULE_IDS', () => {
    expect(ruleFiles.sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
  });
  it.each(RULE_IDS)('%s opens with its definition as a doc comment and is documented in the README', (id) => {
    const src = readFileSync(`src/engine/rules/${id}.ts`, 'utf8');
    expect(src.startsWith(`/**\n * ${id} — `)).toBe(true);
    expect(readme).toContain(`| \`${id}\` |`);
  });
});

/** Fields only one language fills; the others leave them empty. */
/** Lists a language may leave empty: English writes a compound colour as two words ("sage green"), and German joins
 * a compound colour's parts with any letter ("Salbeigrün", "Mattblau"). */
const EMPTY_IN: Record<string, readonly (typeof LANGS)[number][]> = {
  colourEnds: ['en'],
  colourEndings: ['en'],
  colourJoins: ['en', 'de'],
  // Finnish and BCS have no articles: no pointer leads to the item.
  itemLeads: ['fi', 'bs'],
  itemPointers: ['fi', 'bs'],
  abstractEndings: ['fi', 'bs'],
  // Finnish counts by the partitive case ("kolme kimppua"); BCS "od" is also "from" and "made of" ("od 20 KM").
  partitives: ['fi', 'bs'],
  // A verb before its subject opens a second question in an English or German chat line ("…nehmen ist ein …", "…
  // available can i come…"); Finnish and BCS mark a question by an ending or a particle, which the question words hold.
  'memory.midLineVerbFirst': ['fi', 'bs'],
  // German and BCS plurals change the word's end in ways five letters already cover ("Tassen", "šalice").
  'memory.pluralMarks': ['de', 'bs'],
  // English inverts an auxiliary and "you" only to ask, Finnish marks the question by "-ko" wherever the word stands,
  // so a word or two of chat before them hides no question; German and BCS also put a verb first after a clause.
  'memory.leadInVerbFirst': ['de', 'bs'],
};

const ONE_LANGUAGE: Record<string, (typeof LANGS)[number]> = {
  // German asks by putting the verb first alone; English, Finnish and BCS need a question word or ending.
  'memory.inverted': 'de',
  // Only BCS marks its verb forms by endings a thing's name rarely has ("-ti", "-la": "poslati", "prihvatila"); English
  // "-ed", German "-en" and Finnish "-a" end nouns as often.
  verbOnlyEndings: 'bs',
  // BCS puts a particle before a yes/no question's verb and "li" after it ("da li imate", "jel imaš", "imaš li").
  'memory.verbParticles': 'bs',
  'memory.verbClitics': 'bs',
  // BCS verbs in "-ovati" put "-uj-" in their present ("putovati", "putuje"): one topic stem for both.
  'memory.stemSwaps': 'bs',
  // Finnish marks a yes/no question by the verb's ending ("onko", "onks").
  'memory.verbEndings': 'fi',
  // Only Finnish marks a question by an ending that common nouns also have ("koko", "pakko").
  'memory.notQuestionStarts': 'fi',
  // Only German asks by a verb first: a pronoun before the verb makes it a statement ("ich könnt…").
  'memory.subjectPronouns': 'de',
  // English answers with its auxiliary after the subject ("Can you…?" → "I can"); others repeat any verb.
  'memory.echoedVerbs': 'en',
  // German marks a yes/no question by a finite verb first, even before a bare noun ("ist akku dabei").
  'memory.finiteVerbs': 'de',
  'memory.statesAfterVerb': 'de',
  'memory.modalVerbs': 'de',
  // Only where finite verbs are known can a line be told to have none ("versand möglich" asks, "ist möglich" states).
  'memory.verblessAsks': 'de',
};

describe('phrase packs', () => {
  it('a "…" gap spans up to eight words, the middle field of a German verb\'s two parts', () => {
    const re = compile(['sorry … delay', 'teilen sie mir … mit']);
    const gap = (n: number) => Array.from({ length: n }, (_, i) => `w${'abcdefghij'[i]}`).join(' ');
    expect(findAll(re, `sorry ${gap(8)} delay`)).toHaveLength(1);
    expect(findAll(re, `sorry ${gap(9)} delay`)).toHaveLength(0);
    expect(findAll(re, 'Teilen Sie mir bitte noch die gewünschte Glasur und den Durchmesser mit.')).toHaveLength(1);
  });
  const walk = (o: unknown, path: string[], out: [string, unknown][]) => {
    if (Array.isArray(o) || typeof o !== 'object' || o === null) out.push([path.join('.'), o]);
    else for (const [k, v] of Object.entries(o)) walk(v, [...path, k], out);
    return out;
  };
  // A pack's chat spellings are its own words: their keys differ from language to language.
  const shape = (l: (typeof LANGS)[number]) =>
    walk(PACKS[l], [], [])
      .map(([k]) => k.replace(/^chatSpellings\..*/u, 'chatSpellings'))
      .sort();

  it.each(LANGS)('%s has every key the English pack has, none empty', (lang) => {
    // Packs may leave formal/informal address words empty only where the language has no such distinction (English).
    expect(shape(lang)).toEqual(expect.arrayContaining(shape('en')));
    for (const [key, value] of walk(PACKS[lang], [], [])) {
      if (lang === 'en' && /^(formalAddress|informalAddress)$/.test(key)) continue;
      // Finnish and BCS attributions have no fixed first word ("ma 3.3.2025 klo 14.05 Anna <…> kirjoitti:").
      if (key === 'mailQuotes.attribution.opens') continue;
      if (key in ONE_LANGUAGE && lang !== ONE_LANGUAGE[key]) continue;
      if (EMPTY_IN[key]?.includes(lang)) continue;
      if (Array.isArray(value)) expect(value.length, `${lang}.${key}`).toBeGreaterThan(0);
      if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it.each(LANGS)('%s phrases are lower case and compile', (lang) => {
    for (const [key, value] of walk(PACKS[lang], [], [])) {
      if (!Array.isArray(value) || key.startsWith('fixes') || key === 'formalAddress') continue;
      for (const phrase of value as string[]) expect(phrase, `${lang}.${key}`).toBe(phrase.toLowerCase());
      expect(() => compile(value as string[])).not.toThrow();
    }
  });

  it.each(LANGS)('%s plural marks are a letter class and the mark after it ("[aeiouyäö]t")', (lang) => {
    // thread.ts builds its regex from these two parts: an entry of another shape would break every topic stem.
    for (const mark of PACKS[lang].memory.pluralMarks)
      expect(mark, `${lang}.memory.pluralMarks`).toMatch(/^\[\p{L}+\]\p{L}+$/u);
  });

  it.each(LANGS)('%s stem swaps are letters, ">" and letters ("uj>ov")', (lang) => {
    // thread.ts splits each at ">" and builds one regex of the left sides.
    for (const swap of PACKS[lang].memory.stemSwaps)
      expect(swap, `${lang}.memory.stemSwaps`).toMatch(/^\p{L}+>\p{L}+$/u);
  });

  it.each(LANGS)('%s lists no phrase twice', (lang) => {
    const twice: string[] = [];
    for (const [key, value] of walk(PACKS[lang], [], [])) {
      if (!Array.isArray(value)) continue;
      const seen = new Set<string>();
      for (const phrase of value as string[]) {
        if (seen.has(phrase)) twice.push(`${lang}.${key}: ${phrase}`);
        seen.add(phrase);
      }
    }
    expect(twice).toEqual([]);
  });

  it.each(LANGS)(
    '%s phrases can all match: each matches a text made of itself, in the script drafts are matched in',
    (lang) => {
      // Serbian Cyrillic drafts are matched transliterated to Latin, so a phrase in Cyrillic could never match.
      const never: string[] = [];
      // A gap ("…") may stand for no word inside a phrase; at its end it needs one more word after it.
      const sample = (phrase: string) =>
        phrase
          .trim()
          .split(/\s+/)
          .map((w, i, all) =>
            w === '*'
              ? 'xy'
              : w === '…' || w === '...'
                ? i === all.length - 1
                  ? 'ab'
                  : ''
                : w === '#'
                  ? '12'
                  : w.replace(/^\*|\*$/g, 'x').replace(/#/g, '3'),
          )
          .filter(Boolean)
          .join(' ');
      for (const [key, value] of walk(PACKS[lang], [], [])) {
        if (!Array.isArray(value) || /^(fixes|mailQuotes|commonWords|formalAddress)/.test(key)) continue;
        const re = compile(value as string[], false, lang === 'bs');
        for (const phrase of value as string[]) {
          const text = sample(phrase);
          const end = /[…]$|\.\.\.$/u.test(phrase.trim()) ? text.length - 3 : text.length;
          const whole = findAll(re, text).some((m) => m.start === 0 && m.end >= end);
          if (!whole || /\p{Script=Cyrillic}/u.test(phrase)) never.push(`${lang}.${key}: ${phrase}`);
        }
      }
      expect(never).toEqual([]);
    },
  );

  it('bs detail words typed without diacritics do not turn into common words ("bež" is no "bez", "pređ*" no "pred")', () => {
    // BCS phrases also match text typed without č ć š ž đ (plain()): a detail word whose fold is a function word
    // ("bez" = without) would be restated in every draft.
    const common = new Set(PACKS.bs.commonWords.map(plain));
    const clashes: string[] = [];
    for (const [key, value] of walk(PACKS.bs, [], [])) {
      if (!Array.isArray(value) || !key.startsWith('recap.')) continue;
      for (const phrase of value as string[]) {
        if (!/[čćšžđ]/.test(phrase)) continue;
        const folded = plain(phrase.replace(/\*/g, ''));
        const hits = phrase.endsWith('*')
          ? [...common].filter((w) => w.startsWith(folded) && !phrase.startsWith(w))
          : common.has(folded)
            ? [folded]
            : [];
        if (hits.length) clashes.push(`${key}: ${phrase} → ${hits.join(', ')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(LANGS)('%s fix texts keep the {name} placeholder in greetings', (lang) => {
    const f = PACKS[lang].fixes;
    expect(f.greeting.formal).toContain('{name}');
    expect(f.greeting.informal).toContain('{name}');
  });
});
