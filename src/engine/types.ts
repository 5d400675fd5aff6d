/** Public types of the engine: what analyze() takes and returns. */
import type { QuestionPort } from './questions';

export type Lang = 'en' | 'de' | 'fi' | 'bs';
export const LANGS: readonly Lang[] = ['en', 'de', 'fi', 'bs'];

export type RuleId = 'greeting' | 'closing-question' | 'apology' | 'order-recap' | 'unanswered-question';
export const RULE_IDS: readonly RuleId[] = [
  'greeting',
  'closing-question',
  'apology',
  'order-recap',
  'unanswered-question',
];

/** One message of the conversation before the draft, as the page shows it. */
export interface ThreadMessage {
  author: 'seller' | 'customer';
  /** ISO 8601 with the offset the page showed or implied; null when the page shows no time. */
  at: string | null;
  text: string;
}

export type Severity = 'warning' | 'suggestion';

/** Where a fix goes: the very start of the draft, the end of the body (before the sign-off), or a UTF-16 offset. */
export type FixPlace = 'start' | 'end-of-body' | number;

/** A fix as a rule plans it: its text and its place, not yet an offset (analyze() resolves it). */
export interface PlannedFix {
  label: string;
  text: string;
  at: FixPlace;
}

export interface Fix extends PlannedFix {
  /**
   * `at` as a UTF-16 offset into the analysed text, resolved by analyze() with the same options the hints came
   * from (the seller's own sign-offs, quoted context): where the fix goes, for every caller.
   */
  offset: number;
}

export interface Hint {
  rule: RuleId;
  severity: Severity;
  /** What is missing, one short line, in uiLang. */
  message: string;
  /** Why it matters to the customer, one or two sentences, in uiLang. */
  explanation: string;
  /** UTF-16 offsets into the analysed text; for something missing, where it belongs. */
  start: number;
  end: number;
  /** apology, order-recap: the sentence the hint is about (start..end), shortened, for the panel to quote; a promise
   * from the thread or the customer's questions when the hint is about those. */
  quote?: string;
  fixes: Fix[];
}

/** A hint as a rule returns it: analyze() turns each planned fix into a Fix with its offset. */
export type RuleHint = Omit<Hint, 'fixes'> & { fixes: PlannedFix[] };

/** Extra phrases a seller adds in the options; merged into the built-in packs. */
export interface CustomPhrases {
  greetings?: string[];
  signOffs?: string[];
  apologies?: string[];
  orderWords?: string[];
}

export interface AnalyzeOptions {
  /** Force the draft's language; default: detect. */
  lang?: Lang;
  /** Language of hint messages; default en. */
  uiLang?: Lang;
  customerName?: string;
  sellerName?: string;
  /** The customer's last message, when the page shows it. */
  customerMessage?: string;
  /** Quoted history the page keeps outside the draft (e.g. Gmail's .gmail_quote). Context only. */
  quotedContext?: string;
  /** The conversation before the draft, oldest first: promises the seller made, the customer's last questions. */
  thread?: ThreadMessage[];
  /** When the draft is written (a Date or ISO 8601 text); default: the clock. */
  now?: Date | string;
  /** Languages the seller writes in; detection only chooses among them. Default: all four. */
  languages?: Lang[];
  /** Rules to run; default: all. */
  rules?: RuleId[];
  /** Preferred register per language when the draft itself does not show one. */
  formal?: Partial<Record<Lang, boolean>>;
  custom?: Partial<Record<Lang, CustomPhrases>>;
  /**
   * Who answers whether an English sentence without "?" is a question (./questions.ts); without one such a sentence
   * gets the benefit of the doubt. The Node engine (./index) passes compromise.
   */
  questions?: QuestionPort;
  /** false: the apology, order-recap and unanswered-question rules decide by their own evidence alone (for measuring
   * the learned parts). */
  learned?: boolean;
}

/**
 * A draft too long to check whole: which parts of the seller's own text were checked (UTF-16 offsets into the
 * analysed text). Hints and fixes point into the full text all the same.
 */
export interface PartialCheck {
  /** The opening part checked: [0, openingEnd). */
  openingEnd: number;
  /** The closing part checked: [closingStart, closingEnd); closingEnd is where the own text ends. */
  closingStart: number;
  closingEnd: number;
  /** Characters of the own text checked, and its length (quoted history below it not counted). */
  checkedChars: number;
  totalChars: number;
}

export interface AnalyzeResult {
  /** Detected (or forced) language; null when the draft is in none of the four, or too short to tell. */
  lang: Lang | null;
  hints: Hint[];
  /** Only when the draft was over the size limit: its opening and closing parts were checked, the middle not. */
  partial?: PartialCheck;
}
