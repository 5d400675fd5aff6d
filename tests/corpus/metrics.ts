// Loader and scoring for the labelled corpus (tests/corpus/*.jsonl). No engine code here:
// the labels are written independently of the implementation and only compared with its output.
import { readFileSync } from 'node:fs';

export type CorpusLang = 'en' | 'de' | 'fi' | 'bs';
export type RuleName = 'greeting' | 'closing-question' | 'apology' | 'order-recap';

export const CORPUS_LANGS: readonly CorpusLang[] = ['en', 'de', 'fi', 'bs'];
export const RULE_NAMES: readonly RuleName[] = ['greeting', 'closing-question', 'apology', 'order-recap'];
export const SITES: readonly string[] = [
  'etsy',
  'gmail',
  'outlook',
  'kleinanzeigen',
  'ebay',
  'facebook',
  'olx',
  'tori',
  'njuskalo',
  'vinted',
  'yahoo',
  'proton',
  'gmx',
  'webde',
];

export interface CorpusRecord {
  id: string;
  lang: CorpusLang | null;
  site: string;
  text: string;
  customerName?: string;
  customerMessage?: string;
  /** true = the rule SHOULD produce a hint on this draft. */
  expect: Record<RuleName, boolean>;
  note?: string;
}

/** What the test keeps from one analyze() call. */
export interface Outcome {
  lang: string | null;
  fired: Set<string>;
  error?: string;
}

const KEYS = new Set(['id', 'lang', 'site', 'text', 'customerName', 'customerMessage', 'expect', 'note']);

/**
 * Reads a .jsonl corpus file and checks every line against the format.
 * Throws one error listing every problem (file:line: message), so a bad edit is easy to find.
 */
export function loadCorpus(file: URL, expectedLang: CorpusLang | null): CorpusRecord[] {
  const name = file.pathname.split('/').pop() ?? String(file);
  const lines = readFileSync(file, 'utf8').split('\n');
  const records: CorpusRecord[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      problems.push(`${where}: invalid JSON (${(e as Error).message})`);
      return;
    }
    const errs = validateRecord(raw, expectedLang);
    if (errs.length) problems.push(...errs.map((m) => `${where}: ${m}`));
    else records.push(raw as CorpusRecord);
  });
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) problems.push(`${name}: duplicate id ${r.id}`);
    seen.add(r.id);
  }
  if (problems.length) throw new Error(`Corpus format errors:\n${problems.join('\n')}`);
  return records;
}

function validateRecord(raw: unknown, expectedLang: CorpusLang | null): string[] {
  const errs: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['not a JSON object'];
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!KEYS.has(k)) errs.push(`unknown field "${k}"`);
  if (typeof r.id !== 'string' || !/^[a-z]+-\d{3}$/.test(r.id)) errs.push(`bad id ${JSON.stringify(r.id)}`);
  if (r.lang !== expectedLang) errs.push(`lang ${JSON.stringify(r.lang)}, expected ${JSON.stringify(expectedLang)}`);
  if (typeof r.site !== 'string' || !SITES.includes(r.site)) errs.push(`bad site ${JSON.stringify(r.site)}`);
  if (typeof r.text !== 'string' || r.text.trim() === '') errs.push('text must be a non-empty string');
  for (const k of ['customerName', 'customerMessage', 'note'] as const) {
    if (k in r && typeof r[k] !== 'string') errs.push(`${k} must be a string`);
  }
  const ex = r.expect;
  if (typeof ex !== 'object' || ex === null) {
    errs.push('expect must be an object');
  } else {
    const e = ex as Record<string, unknown>;
    for (const rule of RULE_NAMES) if (typeof e[rule] !== 'boolean') errs.push(`expect.${rule} must be true or false`);
    for (const k of Object.keys(e))
      if (!(RULE_NAMES as readonly string[]).includes(k)) errs.push(`unknown rule expect.${k}`);
    if (expectedLang === null && RULE_NAMES.some((rule) => e[rule] !== false))
      errs.push('other-language drafts must expect no hints');
  }
  return errs;
}

export interface Confusion {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** ids where the rule fired but should not have. */
  falsePositives: string[];
  /** ids where the rule should have fired but did not. */
  falseNegatives: string[];
}

export function confusion(
  records: readonly CorpusRecord[],
  outcomes: ReadonlyMap<string, Outcome>,
  rule: RuleName,
): Confusion {
  const c: Confusion = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0, falsePositives: [], falseNegatives: [] };
  for (const r of records) {
    const fired = outcomes.get(r.id)?.fired.has(rule) ?? false;
    const want = r.expect[rule];
    c.n++;
    if (want && fired) c.tp++;
    else if (!want && fired) {
      c.fp++;
      c.falsePositives.push(r.id);
    } else if (want && !fired) {
      c.fn++;
      c.falseNegatives.push(r.id);
    } else c.tn++;
  }
  return c;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall are 1 when their denominator is 0; F1 is 1 when there are no positives and no false positives. */
export function scores(c: Pick<Confusion, 'tp' | 'fp' | 'fn'>): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const denom = 2 * c.tp + c.fp + c.fn;
  const f1 = denom === 0 ? 1 : (2 * c.tp) / denom;
  return { precision, recall, f1 };
}

export interface LangAccuracy {
  n: number;
  correct: number;
  accuracy: number;
  /** "id→detected" for every record detected as something else. */
  wrong: string[];
}

export function langAccuracy(records: readonly CorpusRecord[], outcomes: ReadonlyMap<string, Outcome>): LangAccuracy {
  const wrong: string[] = [];
  let correct = 0;
  for (const r of records) {
    const got = outcomes.get(r.id)?.lang ?? null;
    if (got === r.lang) correct++;
    else wrong.push(`${r.id}→${String(got)}`);
  }
  return { n: records.length, correct, accuracy: records.length ? correct / records.length : 1, wrong };
}

const pct = (x: number): string => x.toFixed(3);

/** A plain-text report: rule × language with n, P, R, F1, then the misclassified ids per rule and language. */
export function formatReport(
  byLang: ReadonlyMap<CorpusLang, readonly CorpusRecord[]>,
  outcomes: ReadonlyMap<string, Outcome>,
  other: readonly CorpusRecord[],
): string {
  const out: string[] = [];
  const head = ['rule', 'lang', 'n', 'pos', 'TP', 'FP', 'FN', 'TN', 'P', 'R', 'F1'];
  const rows: string[][] = [];
  for (const rule of RULE_NAMES) {
    for (const [lang, records] of byLang) {
      const c = confusion(records, outcomes, rule);
      const s = scores(c);
      rows.push([
        rule,
        lang,
        String(c.n),
        String(c.tp + c.fn),
        String(c.tp),
        String(c.fp),
        String(c.fn),
        String(c.tn),
        pct(s.precision),
        pct(s.recall),
        pct(s.f1),
      ]);
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  out.push(
    'Reply Coach corpus: rule × language',
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
  );

  out.push('Language detection:');
  for (const [lang, records] of byLang) {
    const a = langAccuracy(records, outcomes);
    out.push(
      `  ${lang}: ${a.correct}/${a.n} = ${pct(a.accuracy)}${a.wrong.length ? `  wrong: ${a.wrong.join(', ')}` : ''}`,
    );
  }
  const otherBad = other.filter((r) => {
    const o = outcomes.get(r.id);
    return o !== undefined && o.lang !== null && o.fired.size > 0;
  });
  out.push(
    `  other: ${other.length - otherBad.length}/${other.length} with lang null or no hints${otherBad.length ? `  offending: ${otherBad.map((r) => `${r.id}→${String(outcomes.get(r.id)?.lang)}[${[...(outcomes.get(r.id)?.fired ?? [])].join(',')}]`).join(', ')}` : ''}`,
    '',
  );

  out.push('Misclassified ids (FN = hint expected but missing, FP = hint not expected):');
  for (const rule of RULE_NAMES) {
    for (const [lang, records] of byLang) {
      const c = confusion(records, outcomes, rule);
      if (c.fn || c.fp)
        out.push(`  ${rule} ${lang}: FN [${c.falseNegatives.join(' ')}]  FP [${c.falsePositives.join(' ')}]`);
    }
  }
  const errors = [...outcomes.entries()].filter(([, o]) => o.error);
  if (errors.length) {
    out.push('', `analyze() threw on ${errors.length} drafts:`);
    for (const [id, o] of errors.slice(0, 20)) out.push(`  ${id}: ${o.error}`);
  }
  return out.join('\n');
}
