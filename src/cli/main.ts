/**
 * reply-coach: batch-check saved replies and templates with the same engine the extension runs.
 *   reply-coach check [FILE…]            readable hints per file (stdin when no file); exit 1 when any hint
 *   reply-coach check --jsonl            one JSON request per stdin line → one JSON result per stdout line
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, LANGS, type AnalyzeOptions, type AnalyzeResult, type Lang } from '../engine/index';

const USAGE = `Usage: reply-coach check [options] [FILE…]

Checks replies to customers for a greeting, a closing question, an apology after a
missed promise, an order recap and the customer's questions left unanswered. Reads stdin when no FILE is given.

Options:
  --jsonl          read one JSON object per stdin line: {"id","text","lang"?,"customer"?,
                   "thread"?,"now"?} and write one result per line: {"id","lang","hints":[…]}
                   thread: the conversation before the draft, oldest first:
                   [{"author":"seller"|"customer","at":ISO 8601 or null,"text"}]
                   now: the moment to check as of (ISO 8601; default: the clock)
  --lang L         the drafts' language (en, de, fi, bs); default: detect
  --ui-lang L      language of the hint messages (en, de, fi, bs); default: en
  -h, --help       show this help

A reply whose own text is longer than 10,000 characters is checked on its first and
last 5,000 (the output says so; in --jsonl mode a "partial" field).

Exit status: 0 no hints, 1 at least one hint (in --jsonl mode always 0), 2 bad usage
or an unreadable file.`;

interface Args {
  files: string[];
  jsonl: boolean;
  lang?: Lang;
  uiLang: Lang;
}

class UsageError extends Error {}

function parseLang(value: string | undefined, flag: string): Lang {
  if (!value || !(LANGS as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} needs one of ${LANGS.join(', ')}${value ? `, not "${value}"` : ''}`);
  }
  return value as Lang;
}

function parseArgs(argv: string[]): Args | 'help' {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "check"');
  const args: Args = { files: [], jsonl: false, uiLang: 'en' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '-h' || flag === '--help') return 'help';
    else if (flag === '--jsonl') args.jsonl = true;
    else if (flag === '--lang') args.lang = parseLang(value(), '--lang');
    else if (flag === '--ui-lang') args.uiLang = parseLang(value(), '--ui-lang');
    else if (flag === '-') args.files.push('-');
    else if (flag.startsWith('-')) throw new UsageError(`unknown option "${flag}"`);
    else args.files.push(a);
  }
  if (args.jsonl && args.files.length) throw new UsageError('--jsonl reads stdin only; give no FILE');
  return args;
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${line}:${col}`;
}

/** A long draft: which lines were checked, so nobody takes "no hints" for the whole text. */
function partialNote(text: string, r: AnalyzeResult): string {
  const p = r.partial;
  if (!p) return '';
  const line = (offset: number) => lineCol(text, offset).split(':')[0];
  return (
    `  long draft: only its opening (to ${lineCol(text, p.openingEnd)}) and closing (from ` +
    `${lineCol(text, p.closingStart)} to line ${line(p.closingEnd)}) parts were checked, ` +
    `${p.checkedChars} of its ${p.totalChars} characters\n`
  );
}

function formatHints(name: string, text: string, r: AnalyzeResult): string {
  const { lang, hints } = r;
  if (!hints.length)
    return `${name}: no hints${lang ? ` (${lang})` : ' (language not coached)'}\n${partialNote(text, r)}`;
  const lines = [`${name} (${lang}): ${hints.length} hint${hints.length === 1 ? '' : 's'}`];
  if (r.partial) lines.push(partialNote(text, r).trimEnd());
  for (const h of hints) {
    lines.push(`  ${lineCol(text, h.start).padEnd(7)} ${h.rule.padEnd(17)} ${h.message}`);
    lines.push(`  ${' '.repeat(7)} ${' '.repeat(17)} why: ${h.explanation}`);
    for (const f of h.fixes) lines.push(`  ${' '.repeat(7)} ${' '.repeat(17)} fix: ${f.label}`);
  }
  return lines.join('\n') + '\n';
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function checkFiles(args: Args): Promise<number> {
  const options: AnalyzeOptions = { lang: args.lang, uiLang: args.uiLang };
  const inputs: { name: string; text: string }[] = [];
  const names = args.files.length ? args.files : ['-'];
  for (const name of names) {
    try {
      inputs.push({
        name: name === '-' ? '<stdin>' : name,
        text: name === '-' ? await readStdin() : readFileSync(name, 'utf8'),
      });
    } catch (e) {
      process.stderr.write(
        `reply-coach: cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
      );
      return 2;
    }
  }
  let any = false;
  for (const { name, text } of inputs) {
    const r = analyze(text, options);
    any ||= r.hints.length > 0;
    process.stdout.write(formatHints(name, text, r));
  }
  return any ? 1 : 0;
}

function jsonlResult(line: string, args: Args): string {
  let req: unknown;
  try {
    req = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not valid JSON' });
  }
  if (!req || typeof req !== 'object' || Array.isArray(req)) return JSON.stringify({ error: 'expected a JSON object' });
  const r = req as Record<string, unknown>;
  const id = r.id;
  const withId = (o: object) => JSON.stringify(id === undefined ? o : { id, ...o });
  if (typeof r.text !== 'string') return withId({ error: 'missing "text" (a string)' });
  if (r.lang !== undefined && !(LANGS as readonly unknown[]).includes(r.lang)) {
    return withId({ error: `"lang" must be one of ${LANGS.join(', ')}` });
  }
  const options: AnalyzeOptions = { lang: (r.lang as Lang | undefined) ?? args.lang, uiLang: args.uiLang };
  // "customer": the customer's name, or { name, message } with their last message.
  if (typeof r.customer === 'string') options.customerName = r.customer;
  else if (r.customer && typeof r.customer === 'object') {
    const c = r.customer as Record<string, unknown>;
    if (typeof c.name === 'string') options.customerName = c.name;
    if (typeof c.message === 'string') options.customerMessage = c.message;
  }
  if (typeof r.customerName === 'string') options.customerName = r.customerName;
  if (typeof r.customerMessage === 'string') options.customerMessage = r.customerMessage;
  // "thread": the conversation before the draft; "now": the moment it is checked as of (ISO 8601).
  if (r.thread !== undefined) {
    const bad =
      !Array.isArray(r.thread) ||
      r.thread.some((m: unknown) => {
        const x = m as Record<string, unknown> | null;
        return (
          !x ||
          (x.author !== 'seller' && x.author !== 'customer') ||
          typeof x.text !== 'string' ||
          (x.at !== null && x.at !== undefined && typeof x.at !== 'string')
        );
      });
    if (bad)
      return withId({
        error: '"thread" must be a list of {"author": "seller"|"customer", "at": ISO 8601 or null, "text"}',
      });
    options.thread = (r.thread as Record<string, unknown>[]).map((m) => ({
      author: m.author as 'seller' | 'customer',
      at: (m.at as string | undefined) ?? null,
      text: m.text as string,
    }));
  }
  if (r.now !== undefined) {
    if (typeof r.now !== 'string' || Number.isNaN(Date.parse(r.now)))
      return withId({ error: '"now" must be an ISO 8601 date-time' });
    options.now = r.now;
  }
  const res = analyze(r.text, options);
  return withId({
    lang: res.lang,
    hints: res.hints.map((h) => ({ rule: h.rule, message: h.message, start: h.start, end: h.end, fixes: h.fixes })),
    ...(res.partial ? { partial: res.partial } : {}),
  });
}

async function checkJsonl(args: Args): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let out: string;
    try {
      out = jsonlResult(line, args);
    } catch (e) {
      out = JSON.stringify({ error: `internal error: ${(e as Error).message}` });
    }
    process.stdout.write(out + '\n');
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`reply-coach: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  return args.jsonl ? checkJsonl(args) : checkFiles(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`reply-coach: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
