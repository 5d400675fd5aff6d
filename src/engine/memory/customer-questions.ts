/**
 * The questions of the customer's last message — with "?" or opening like one ("Can you…", "Geht das auch in Blau",
 * "Onko tämä vielä myynnissä", "Može li…") — their subjects (price, shipping, pickup, size, colour, date,
 * availability, payment, photos, a custom change), and whether a draft addresses each: by subject, by the
 * question's own key words, or, for the first yes/no question, by opening with yes or no.
 */
import { packRegex, type CompiledPack } from '../compiled';
import type { QuestionSubject } from '../lang/pack';
import { findAll, startsWith, test } from '../phrases';
import { LETTER_SIZE, MEASUREMENT, NUMERIC_DATE, PRICE, TIME } from '../lang/common';
import { overlaps, sentencesOf, topicStems } from './thread';
import { memo } from '../memo';

export interface CustomerQuestion {
  text: string;
  subjects: QuestionSubject[];
  /** Answered by a plain yes or no ("Is it still available?", "Onko vielä myynnissä?"). */
  yesNo: boolean;
  stems: Set<string>;
}

type Matchers = Record<QuestionSubject, RegExp[]> & { yesNo: RegExp; questionWords: Set<string> };
const cache = new WeakMap<CompiledPack, Matchers>();

function matchers(pack: CompiledPack): Matchers {
  let m = cache.get(pack);
  if (m) return m;
  const c = (list: string[]) => packRegex(pack, list);
  const s = pack.pack.memory.subjects;
  const r = pack.recap;
  m = {
    price: [r.price, pack.topics.price, PRICE, c(s.price)],
    shipping: [r.shipping, pack.topics.shipping],
    pickup: [pack.topics.pickup],
    size: [r.size, MEASUREMENT, LETTER_SIZE, c(s.size)],
    colour: [r.colour],
    date: [r.date, NUMERIC_DATE, TIME],
    availability: [c(s.availability)],
    payment: [c(s.payment)],
    photos: [c(s.photos)],
    custom: [c(s.custom)],
    yesNo: c(pack.pack.memory.yesNo),
    questionWords: new Set(pack.pack.questionStarts.flatMap((q) => q.split(/\s+/)).map((w) => w.replace(/\*$/, ''))),
  };
  cache.set(pack, m);
  return m;
}

const SUBJECTS: QuestionSubject[] = [
  'price',
  'shipping',
  'pickup',
  'size',
  'colour',
  'date',
  'availability',
  'payment',
  'photos',
  'custom',
];

/** The questions of a customer's message, each cut at its "?" ("…pics? And is it hand-stitched?" is two). */
export function customerQuestions(pack: CompiledPack, message: string): CustomerQuestion[] {
  return memo(pack, 'customer-questions', message, () => questionsOf(pack, message));
}

function questionsOf(pack: CompiledPack, message: string): CustomerQuestion[] {
  const m = matchers(pack);
  const out: CustomerQuestion[] = [];
  for (const s of sentencesOf(message)) {
    for (const part of s.text.split(/(?<=[?？])\s*/u).flatMap((p) => splitAtAnd(pack, p))) {
      const t = part.replace(/^(?:and|und|ja|i|a|also|außerdem|sekä)\s+/iu, '').trim();
      if (!t) continue;
      const asks = /[?？]\s*$/.test(t) || startsWith(pack.questionStarts, t) !== null;
      if (!asks || startsWith(pack.rhetorical, t) || (test(pack.vagueQuestions, t) && t.length < 25)) continue;
      // "hello??", "Hallo?": a greeting that asks for attention, not a question to answer.
      const greeting = startsWith(pack.greetings, t);
      if (!/\p{L}/u.test(t) || (greeting && !/\p{L}/u.test(t.slice(greeting.end)))) continue;
      const subjects = SUBJECTS.filter((k) => m[k].some((re) => test(re, t)));
      const stems = new Set([...topicStems(pack, t)].filter((w) => !m.questionWords.has(w)));
      // A question that opens with a verb or a yes/no particle: "Is…", "Kannst du…", "Onko…", "Da li…", "Ima li…".
      const yesNo =
        !/^(?:what|which|when|where|how|who|why|wann|wie|was|welche\S*|wo\S*|mikä|mitä|milloin|missä|miten|kuinka|paljonko|koska|kada|kako|koliko|gdje|gde|šta|što|koji|koja|koje)\b/iu.test(
          t,
        );
      out.push({ text: t, subjects, yesNo, stems });
    }
  }
  return out;
}

/** "Is it the 2019 one, and does it come with the charger?": two questions, cut where a second one starts. */
function splitAtAnd(pack: CompiledPack, text: string): string[] {
  const out: string[] = [];
  let from = 0;
  // Only "and" starts a second question: "or" joins the alternatives of one ("…now or do you wait?").
  for (const m of text.matchAll(/(?:,\s*|\s)(?:and|und|ja|sekä|i|a)\s+/giu)) {
    const rest = text.slice(m.index + m[0].length);
    if (!startsWith(pack.questionStarts, rest) && !/^(?:whether|if|ob|onko|voiko|da li|je li)\b/iu.test(rest)) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.filter((t) => t.trim());
}

/**
 * Which of the questions the draft's body leaves open. `status`: the topics of the seller's promises in the thread,
 * when the draft says where they stand (a new date, or that it is delivered) — which answers "any news?", "has it
 * been sent?", "Ima li šta od slika?" whatever words they use.
 */
export function unansweredQuestions(
  pack: CompiledPack,
  questions: readonly CustomerQuestion[],
  sentences: readonly string[],
  status: readonly string[] = [],
): CustomerQuestion[] {
  const m = matchers(pack);
  const body = sentences.join('\n');
  const firstSentence = sentences[0] ?? '';
  // Per sentence, remembered: while the seller types only the sentence being typed is read again.
  const bodyStems = new Set(sentences.flatMap((s) => [...topicStems(pack, s)]));
  const mentions = (k: QuestionSubject) => m[k].some((re) => findAll(re, body).length > 0);
  const promised = status.map((p) => ({
    stems: topicStems(pack, p),
    subjects: SUBJECTS.filter((k) => m[k].some((re) => test(re, p))),
  }));
  const asksStatus = (q: CustomerQuestion) =>
    q.yesNo &&
    promised.some(
      (p) =>
        overlaps(q.stems, p.stems) ||
        q.subjects.some((k) => p.subjects.includes(k)) ||
        (q.stems.size <= 1 && !q.subjects.length),
    );
  questions = questions.filter((q) => !asksStatus(q));
  const opensWithYesNo =
    startsWith(m.yesNo, firstSentence.replace(/^[^,!.:\n]{0,30}[,!:]\s*/u, '')) !== null ||
    startsWith(m.yesNo, firstSentence) !== null;
  const byTopic = questions.map((q) => q.subjects.some(mentions) || overlaps(q.stems, bodyStems));
  // An opening "yes"/"no" answers the first yes/no question — unless the draft answers another one by its topic.
  const yesNoFor = opensWithYesNo && !byTopic.some(Boolean) ? questions.findIndex((q) => q.yesNo) : -1;
  return questions.filter((_, i) => !byTopic[i] && i !== yesNoFor);
}
