/**
 * What a phrase pack holds. Each language file (en.ts, de.ts, fi.ts, bs.ts) fills this in with plain phrases.
 *
 * How to write a phrase (for native speakers extending a pack):
 * - lower case; matching ignores case and accents are kept as written ("grüße" also matches "Grüße").
 * - `*` at the end of a word means "any ending": `entschuldig*` matches entschuldige, entschuldigen, Entschuldigung.
 * - `…` as a word of its own means "up to eight words in between": `sorry … delay` matches "sorry for the long delay";
 *   a German verb's particle closes its clause after the whole middle field (`teilen sie mir … mit`: "teilen Sie mir
 *   bitte noch die gewünschte Glasur und den Durchmesser mit").
 * - `*` at the start of a word means "any beginning": `*tteko` matches voisitteko, haluaisitteko.
 * - `*` as a word of its own means "any one word": `* li` matches "želite li", "može li".
 * - `#` as a word of its own means a number: `# cm` matches "45 cm" and "4,5 cm".
 * - one phrase per string; write variants as separate strings.
 */

export interface RegisterText {
  /** Informal address (du / sinä / ti; "you" in English). */
  informal: string;
  /** Formal address (Sie / Te / Vi). */
  formal: string;
}

export type QuestionTopic = 'order' | 'options' | 'shipping' | 'problem' | 'pickup' | 'price' | 'general';
export type ProblemKind = 'delay' | 'mistake' | 'general';
export type RecapField = 'item' | 'size' | 'colour' | 'quantity' | 'price' | 'date' | 'shipping';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
export type Month = (typeof MONTHS)[number];
export const NUMBER_NAMES = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;
export type NumberName = (typeof NUMBER_NAMES)[number];

/**
 * Words of time, each list resolved as LABELS.md "due times" says. `#` in a span phrase stands for a number in
 * digits or one of `numbers` ("within # days": "within 3 days", "within three days").
 */
export interface DateWords {
  /** The end of the message's own day: "today", "tonight", "heute abend", "tänään", "večeras". */
  today: string[];
  /** The end of the next day. */
  tomorrow: string[];
  /** The end of the day after the next. */
  dayAfterTomorrow: string[];
  /** Every form of each weekday: the end of the next such day after the message. */
  weekdays: Record<Weekday, string[]>;
  /** Every form of each month: only with a day number ("14. März", "March 14th") or `endOf`. */
  months: Record<Month, string[]>;
  /** The end of this week's Sunday. */
  thisWeek: string[];
  /** The end of the coming Sunday. */
  weekend: string[];
  /** The end of the Sunday of the following Monday–Sunday week. */
  nextWeek: string[];
  /** The end of this month's last day. */
  endOfMonth: string[];
  /** The end of a named month, `%` standing for the month: "end of %", "Ende %", "% loppuun", "krajem %". */
  endOf: string[];
  /** The middle of a named month (its 15th), `%` standing for the month: "mid-%", "Mitte %", "% puoliväliin",
   * "polovin* %". */
  midOf: string[];
  /** Message time + N hours. */
  withinHours: string[];
  /** Words beside an hour of 8 to 11 that put it in the evening ("8 tonight", "um 9 Uhr abends", "klo 8 illalla",
   * "do 8 navečer"); an hour up to 7 is read as the afternoon's anyway. */
  evening: string[];
  /** Noon as a time of day: "by noon tomorrow", "bis morgen Mittag", "huomenna puoleenpäivään", "sutra do podne"
   * (not "posle podne", the afternoon). */
  noon: string[];
  /** The end of the Nth day after the message date. */
  withinDays: string[];
  /** The end of the Nth working day (Monday–Friday) after the message date. */
  withinWorkingDays: string[];
  /** The end of the day N weeks after the message date. */
  withinWeeks: string[];
  /** ISO week N: the end of its Sunday. */
  isoWeek: string[];
  /** How pages show the day before ("yesterday", "gestern", "eilen", "jučer"). */
  yesterday: string[];
  /** How pages show days back, `#` a number ("3 days ago", "vor 3 Tagen", "3 päivää sitten", "prije 3 dana"). */
  daysAgo: string[];
  /**
   * Hours back, as chats show today's messages ("2 hours ago", "vor einer Stunde", "2 tuntia sitten", "prije 2 sata").
   */
  hoursAgo: string[];
  /** Minutes back, and "just now" ("5 minutes ago", "gerade eben", "juuri nyt", "prije 5 minuta"). */
  minutesAgo: string[];
  /** Weeks back ("2 weeks ago", "vor 2 Wochen", "2 viikkoa sitten", "prije 2 tjedna"). */
  weeksAgo: string[];
  /** Number words in every form ("two", "zwei", "kahden", "dvije"). */
  numbers: Record<NumberName, string[]>;
  /** Words before a bare hour ("after 6", "ab 17", "klo 12", "u 5"): the number is a time of day. */
  clock: string[];
  /** An hour as a start ("from 5", "ab 17 Uhr", "od 6", "17 alkaen"; "#" is the number): when something becomes
   * possible (a visit, opening hours), never a deadline. */
  startClock: string[];
  /** Words for spans and points of time ("days", "Wochen", "tuntia", "sata"): "2 days" is no quantity of an item. */
  units: string[];
}

/** Topics of a customer's question the unanswered-question rule checks the draft for. */
export type QuestionSubject =
  | 'price'
  | 'shipping'
  | 'tracking'
  | 'pickup'
  | 'size'
  | 'colour'
  | 'date'
  | 'availability'
  | 'payment'
  | 'photos'
  | 'custom'
  | 'quantity'
  | 'age';

export interface MemoryWords {
  /** Words that open a customer's line and say nothing of its question ("no mikä se hinta on", "also…", "pa…"). */
  fillers: string[];
  /** Words that join a second question to the first ("…size, and can you ship it?"). */
  joins: string[];
  /** Phrases by which a customer asks without a question's form: indirect questions and requests. */
  asks: string[];
  /** Words of a question about where a promise stands ("any news?", "yet", "schon", "jo", "već"). */
  status: string[];
  /** Words that ask for news ("any news?", "Neuigkeiten", "uutisia", "novosti"): a question about where things
   * stand, not about whether the thing is available ("ima li novosti?", "do you have any news?"). */
  news: string[];
  /** Words that ask for or give a weight ("how heavy", "wiegt", "painaa", "težak", "kg"): a weight question is not
   * answered by a length. */
  weight: string[];
  /** A later message delivers what was promised: "here are the photos", "shipped today", "anbei", "lähetin", "evo". */
  delivered: string[];
  /** The customer confirms receipt: "got them", "angekommen", "tuli perille", "stiglo je". */
  received: string[];
  /** The customer is asked over at a time ("you can come by tomorrow from 10", "kannst morgen vorbeikommen", "voit
   * tulla hakemaan", "možeš doći sutra"): their visit, which the seller does not promise. */
  customerComes: string[];
  /** Words that keep a delivery of the same day still ahead: a future or modal auxiliary, or readiness ("will be
   * shipped today", "wird heute verschickt", "valmis tänään", "bit će poslano danas"). */
  ahead: string[];
  /**
   * Verbs of sending a promise may hold with no thing named ("will send tomorrow", "schick ich morgen los",
   * "lähetän huomenna", "šaljem sutra"): what is sent is the order, and the sentence promises.
   */
  sends: string[];
  /** Words that estimate when a parcel reaches the customer ("should reach you Monday", "sollte Freitag bei Ihnen
   * sein", "pitäisi olla perillä perjantaina", "trebao bi stići do utorka"): the carrier's day, not the one promised,
   * when the sentence names another ("spätestens am 14. bei Ihnen" commits, and is not one of them). */
  arrives: string[];
  /**
   * The customer gives the seller more time: "no rush", "keine Eile", "ei kiirettä", "nema žurbe". Said after a
   * promise, also once it is past due, it moves the promise to the customer's later date, or releases it.
   */
  noRush: string[];
  /** Words that negate a sentence: "keinen Anruf erhalten" confirms nothing, "not shipped yet" delivers nothing. */
  negations: string[];
  /** A reply that opens with one of these answers a yes/no question ("yes", "ja", "joo", "da"). */
  yesNo: string[];
  /** A change asked for names the old option after one of these: "…in walnut instead of white oak?", "statt Gold". */
  instead: string[];
  /** Words before the verb of a yes/no question ("da li imate", "jel imaš"): its answer repeats the verb after them. */
  verbParticles: string[];
  /** A word after a yes/no question's verb that makes it one ("imaš li", "da li imate"): the verb stands before it. */
  verbClitics: string[];
  /** Endings a yes/no question's verb carries ("onko", "onks", "onkohan"): its answer repeats the verb without them. */
  verbEndings: string[];
  /** The verbs a yes/no question opens with that an answer repeats ("can you" → "I can"); empty: any verb. */
  echoedVerbs: string[];
  /** Question words that open a question asking for something other than yes or no ("what", "wann", "milloin",
   * "koliko"); a question opened by anything else is a yes/no question. */
  whWords: string[];
  /** Question words that open a second question inside a chat line ("…versenden was wuerde das kosten"); not those
   * that also open a relative clause or give a reason ("which", "koji", "welche", "koska"). */
  midLineQuestionWords: string[];
  /** Words that end like a question's opening but name a thing ("koko" is a size, not "-ko" asking): a part they open
   * asks only with "?". */
  notQuestionStarts: string[];
  /** Subject pronouns: a finite verb right after one stands second, as in a statement ("…350 machen ich könnt heut
   * abholen"), so it opens no question of its own. Only where word order asks (finiteVerbs). */
  subjectPronouns: string[];
  /** A verb before its subject that opens a second question inside a chat line ("…180 nehmen ist ein Regenverdeck
   * dabei", "is it still available can i come tonight"): only finite forms, as an infinitive before an article
   * ("…schicken das wäre nett") goes on a sentence; empty where a question word marks the question. Finnish lists
   * a subset of its questionStarts endings on purpose: "-ko/-kö", "-kohan/-köhän" and the long-vowel "-ks" forms
   * ("ooks"), not the other spoken "-ks" ones ("-nks", "-tks"), which were never checked mid-line. */
  midLineVerbFirst: string[];
  /** An auxiliary before "you", or in Finnish a word with the question's ending, that asks even after a word or two
   * of chat ("omg yay can u post it tmrw", "ok kiva onko tama viela myynnissa") or after a condition ("ako je sve ok
   * mogu li doći"): English inverts them only to ask, and a verb with "li" only asks; where a verb before its subject
   * also follows a clause ("wenn du magst kannst du…"), empty. */
  leadInVerbFirst: string[];
  /** "or" (the alternatives of one question): "can you post it or is it collection only" asks once. */
  alternatives: string[];
  /** Finite verbs whose place marks a question ("ist akku dabei", "geht versand auch mit hermes", "was willst du",
   * not "…, was das kostet"): first in a clause, or right after its question word. Not the forms a first person
   * drops its "ich" before ("würde", "kann", "hab": "würde sie für 35 nehmen" offers). Empty where a question word,
   * particle or ending marks the question instead. */
  finiteVerbs: string[];
  /** Words after such a verb that make it a statement with its subject left out ("ist ok", "hat geklappt"). */
  statesAfterVerb: string[];
  /** The forms finiteVerbs leaves out as a first person's ("würde", "kann"): after a question word they ask too
   * ("was würde das kosten"). */
  modalVerbs: string[];
  /** Words of the topics a question can be about that the order-detail lists do not cover. */
  subjects: Record<
    'availability' | 'payment' | 'photos' | 'custom' | 'size' | 'price' | 'date' | 'tracking' | 'quantity' | 'age',
    string[]
  >;
  /**
   * A customer's line typed without "?" that opens like this asks: German asks by a verb before its subject ("hat es
   * Licht", "würden Sie 150 machen": a word, then one of these); chat asks without its verb ("noch da", "still
   * available") or with its particle clipped ("je l' ima").
   */
  inverted: string[];
  /** Words too general to tell what a question is about ("need", "take", "noch", "vielä", "može"). */
  plainWords: string[];
  /** The shortest word that can name what a message is about: "pot", "box", "sto" in three letters; German four
   * (its three-letter words are mostly particles and verb forms: "mal", "gut", "hab"). */
  shortestTopicWord: number;
  /**
   * A plural's mark at the end of a word, dropped before the word's topic stem is taken, each as the letters it
   * follows and the mark: the Finnish "-t" after a vowel ("[aeiouyäö]t": "osat", "kuvat" meet "osa", "kuvan"), the
   * English "-s" after a consonant but "s" ("[bcdfghjklmnpqrtvwxyz]s": "pics" meets "pic", not "glass" "glas").
   */
  pluralMarks: string[];
  /**
   * Letters an inflected form puts in a word's stem where its other forms have others, swapped back before the topic
   * stem is taken, each "from>to", after the word's first letter: the Bosnian present "-uj-" of the verbs in
   * "-ovati" ("uj>ov": "putuje" meets "putovala", "pakujete" meets "pakovanje").
   */
  stemSwaps: string[];
  /**
   * Questions that leave the next step to the seller ("what now?", "wie gehen wir vor?", "mitä nyt tehdään?", "kako
   * dalje?"): answered by any way forward the draft gives (a remedy, a new date), not by their words.
   */
  whatNow: string[];
  /** The seller will find out and say ("I'll check and let you know", "ich schau nach", "tarkistan", "provjerit
   * ću"). */
  willCheck: string[];
  /** The item is no longer there ("sold it last night", "ist schon weg", "meni jo toiselle", "prodao sam"): every
   * question about getting it (a visit, a time, a price) is moot. A sale to the customer ("sold to you") is none. */
  itemGone: string[];
  /** Small talk that asks for no answer ("how are you?", "wie geht's?", "mitä kuuluu?", "kako ste?"). */
  smallTalk: string[];
  /**
   * Tags that end a statement and ask only for agreement ("…, isn't it?", "…, oder?", "…, eikö vain?", "…, zar ne?"):
   * with no subject of the sale before them, the customer chats and asks nothing to answer.
   */
  agreementTags: string[];
  /** Words of praise ("lovely", "wunderschön", "ihana", "predivan"): a statement with one and an agreement tag admires
   * ("The glaze is even nicer in person, isn't it?"), whatever subject it names. */
  praise: string[];
  /**
   * Verbs of asking, wondering and checking: a `whether` clause later in the same sentence is a question, with any
   * words between ("ich wollte außerdem noch fragen, ob…", "samo provjeravam je li…").
   */
  wonders: string[];
  /**
   * The last word of a chat question typed without "?" and without a verb ("versand möglich oder nur abholung",
   * "abholung heute moeglich"): where the pack knows its finite verbs, a part that ends like this and holds none asks.
   */
  verblessAsks: string[];
  /** Words that open an indirect question ("whether", "if", "ob", "wann", "mahtuuko", "da li", "može li"). */
  whether: string[];
  /** What costs the customer nothing or is in the price ("free", "kostenlos", "ilmaiseksi", "uračunata"): beside
   * shipping it tells what postage comes to, as an amount would. */
  freeOfCharge: string[];
}

/** How mail clients in this language mark quoted history in a reply (matched without case). */
export interface MailQuotes {
  /**
   * "On Mon, 3 Mar 2025 at 14:05, Anna <…> wrote:": a word that opens the line (none: any start) and the verb before
   * its colon.
   */
  attribution: { opens: string[]; wrote: string[] };
  /** Separator lines: "-----Original Message-----", "--- Weitergeleitete Nachricht ---". */
  separators: string[];
  /** Field names of a From:/Sent:/To:/Subject: header block ("Von", "Lähettäjä", "Šalje"), the sender's first. */
  headerFields: string[];
  fromFields: string[];
}

export interface LangPack {
  /** Short, frequent words of the language; they tell which language a draft is in. */
  commonWords: string[];
  mailQuotes: MailQuotes;
  /** Phrases that open a message. */
  greetings: string[];
  /** Greetings that show formal address. */
  formalGreetings: string[];
  /** Phrases that close a message; a name may follow on the same line. */
  signOffs: string[];
  /** Friendly closing lines that are neither a question nor a sign-off ("Have a nice day!"). */
  pleasantries: string[];
  /**
   * Words that show formal address. An entry written with a capital letter is matched with case ("Sie" but not "sie").
   */
  formalAddress: string[];
  /** Words that show informal address (matched without case). */
  informalAddress: string[];
  /** A sentence that starts like this is a question, even without "?". */
  questionStarts: string[];
  /**
   * A sentence typed without "?" that ends like this is a question: a tag ("…, ok", "…um 7, gell", "130e mennään
   * käykö", "šaljem u srijedu, važi"), after at least two words of its own, not after a negation ("ne može").
   */
  tagQuestions: string[];
  /**
   * Interrogatives that start a question inside a chat line typed without punctuation ("35 is fine when can you
   * come", "ok varaan mihin aikaan kaveri tulee"): question words and forms, not verbs that also start statements.
   */
  questionWords: string[];
  /** Direct requests for the customer's reply ("let me know which colour…"). */
  replyRequests: string[];
  /**
   * Words that, right before a request, make it a report of what someone did or will do ("the printer has let us
   * know", "sie wird uns Bescheid geben"): the imperative is spelled like the infinitive after them.
   */
  reportedBefore: string[];
  /**
   * Words that, after a request in its clause, ask for the item back ("send it back", "schick mir die Jacke zurück",
   * "pošalji mi ih nazad"): an action, not a reply.
   */
  returnWords: string[];
  /** Offers that do not ask for a reply ("if you have any questions, let me know"). */
  conditionalOffers: string[];
  /** Questions too vague to tell the customer the next step ("any questions?"). */
  vagueQuestions: string[];
  /** Words that name no topic in a question ("anything else I can help with?", "Trebaš li još nešto?"): a question
   * of these and function words alone is vague too, however it is worded. */
  vagueWords: string[];
  /** Questions that expect no answer. */
  rhetorical: string[];
  /** The seller's own apology. */
  apologies: string[];
  /** Look like an apology but are not one for a problem ("sorry to bother you"). */
  notApologies: string[];
  /** The seller admits a delay, a missed date or promise, a mistake, damage or loss. Keyed by kind. */
  problems: Record<ProblemKind, string[]>;
  /** Phrases that deny a problem ("no delay", "on time"). */
  notProblems: string[];
  /**
   * A late reply told by its frame: a word of lateness and a word of the message or the answer in one clause ("I
   * only now saw your message", "Nachricht erst jetzt gelesen", "näin viestin vasta nyt", "tek sad vidim poruku").
   */
  lateReply: { late: string[]; message: string[] };
  /**
   * Words that put a day later than it was expected ("won't be ready until Friday", "erst am Montag", "vasta
   * huomenna", "tek u petak"): before a day the date extractor reads, a delay told without a problem word.
   */
  laterThan: string[];
  /**
   * Words that put a value right after another one it corrects ("on the 12th, not the 5th", "240 nicht 140", "44
   * eikä 42", "120 a ne 90"): a corrected date, size or price admits a mistake.
   */
  notThat: string[];
  /**
   * What the seller promised or agreed ("as promised", "wie ausgemacht", "kuten lupasin", "kako sam rekao"): with a
   * negation in the same clause, a promise not kept ("it won't go out tomorrow as promised").
   */
  asPromised: string[];
  /** The customer's own wish ("as you asked", "wie gewünscht", "kuten toivoit", "kako ste zamolili"): a date moved or
   * a thing changed in the same clause is what they asked for, no problem admitted. */
  asAsked: string[];
  /** The item as the listing shows or describes it, or a thing called normal ("as described", "wie auf dem Foto",
   * "kuten kuvassa", "ista kao na fotografiji", "ganz normal"): with no problem the rule finds, no fault admitted. */
  asListed: string[];
  /** How things usually go ("usually", "meistens", "yleensä", "obično"): a problem told in such a clause is information
   * ("…sometimes they sit in customs for a few days"), not one admitted. */
  habitual: string[];
  /** Words that make a sentence hypothetical ("if", "wenn", "jos", "ako"). */
  conditionals: string[];
  /**
   * A thing made otherwise than shown or agreed admits a mistake: a comparison ("warmer than", "kräftiger geworden
   * als", "tummempi kuin", "tamnija nego") whose next words name what was shown or agreed (`shownOrAgreed`: "the
   * sample", "Vorlagebild", "luonnoksessa", "na uzorku", "we discussed"), unless it compares for the better
   * (`betterThan`: "nicer", "schöner", "kauniimpi", "ljepši").
   */
  comparisons: string[];
  shownOrAgreed: string[];
  betterThan: string[];
  /** A new date, replacement, refund or other way forward. */
  wayForward: string[];
  /** The seller confirms, accepts or starts an order. */
  orderConfirmations: string[];
  /** Hypothetical offers that are not yet an order ("if you decide to order"). */
  notOrderConfirmations: string[];
  /**
   * Words of holding or reserving an item ("hold", "reservier*", "varaa*", "rezerv*"): negated, a refusal, no order.
   */
  reserveWords: string[];
  /** An amount called too small ("too low", "zu wenig", "liian vähän", "premalo"): the customer's offer declined. */
  tooLittle: string[];
  /**
   * A whole clause that says yes to the amount the customer offered ("deal", "passt", "sopii", "može"), at the start
   * of the reply after the greeting.
   */
  dealAnswers: string[];
  /**
   * Words that start the work ("start", "beginne", "aloitan", "počinjem"): with a day after them ("I'll start on
   * Monday") the day is when work starts, not a deadline, so the order recap does not count it as a detail.
   */
  startsWork: string[];
  /** Redoing or replacing something after a problem ("I'll make a new one") — not a new order. */
  remake: string[];
  /** Putting the decision off ("I'll think about it", "ich überleg's mir", "razmislit ću"): no order is taken yet. */
  defers: string[];
  /** Words that sound negative and reassure ("no worries", "kein Problem", "ei hätää", "nema problema"): no negation
   * of what they follow ("I'll hold it for you, no probs" confirms). */
  reassurances: string[];
  /** Nouns are written with a capital letter (German): only those can name the customer's item. */
  capitalNouns: boolean;
  /**
   * How letters are typed on a keyboard without them ("moechtest", "fuer"; "lahetan", "kay"): each phrase also
   * matches spelled so. Empty where a language is typed with its letters or folded otherwise (BCS: see plain()).
   */
  typedWithout: Record<string, string>;
  /**
   * Word endings as speech drops their last sound ("unohtui" → "unohtu", "ehtinyt" → "ehtiny", "hajosi" → "hajos"):
   * each phrase word so ending also matches spelled so. Empty where writing keeps the endings.
   */
  spokenEndings: Record<string, string>;
  /**
   * Words as chat types them ("u" for "you", "wud" for "would", "kannste" for "kannst du", "dal" for "da li"): each
   * phrase holding the word also matches spelled so. Whole words (or word groups) only; a spelling that is also
   * another word of the language does not belong here.
   */
  chatSpellings: Record<string, string[]>;
  /** Number words from one to twelve ("two mugs" is a quantity). */
  numberWords: string[];
  /** The word that joins a number to the things it counts among ("3 of the wreaths", "2 von den Tassen"); empty
   * where it also means "from" or "made of" before a number's noun. */
  partitives: string[];
  /** Words that show a detail of an order, per field (numbers, units and currencies are shared in common.ts). */
  recap: Record<RecapField, string[]>;
  /**
   * Colour stems that end a compound colour after at least three letters ("Altrosa", "Senfgelb", "tummansininen",
   * "tamnoplava"), followed by one of `colourEndings` (inflection; none also counts): no list holds every compound.
   */
  colourEnds: string[];
  colourEndings: string[];
  /** The letters a compound colour's first part may end with before the stem ("tummanvihreä"); empty: any. */
  colourJoins: string[];
  /** Words of paying in hand after a number that make it a price ("40 cash", "80 bar", "80 käteen", "40 keš"). */
  cashWords: string[];
  /**
   * Words that lead to the thing an order is about — a verb of the sale or the work ("buying", "make", "reserve") or a
   * preposition ("für", "mit") — and the pointers that follow them ("the", "your", "deinem", "Ihre"): the noun they
   * lead to names the item when no list does ("make the christening gown", "für die Nähmaschine"). Empty where the
   * language has no articles.
   */
  itemLeads: string[];
  itemPointers: string[];
  /** The words between a thing and its price ("the lamp for £20", "stolicu za 20 KM", "tuoli hintaan 20 €"). */
  priceLeads: string[];
  /** Nouns too general to name the thing ordered ("order", "message", "Nachricht"), though a pointer leads to them,
   * and the endings of nouns of doing or being ("Fertigung", "Reservierung", "confirmation"): no thing either. */
  generalNouns: string[];
  abstractEndings: string[];
  /** Endings that mark a verb form and rarely end a thing's name ("poslati", "prihvatila", "stigao"): a word of the
   * customer's message so ended names no item, though the draft shares its stem ("Prihvaćam 22 €"). */
  verbOnlyEndings: string[];
  /**
   * Words that introduce an address or a door ("address is", "Adresse:", "osoite on", "zvono"): the numbers after one
   * in the same clause are house and door numbers, not a price or a quantity.
   */
  addressWords: string[];
  /** Words that name a day, a week, a month or a span of time, resolved to a due moment by ../extract/dates.ts. */
  dates: DateWords;
  /** What conversation memory reads in the earlier messages (../memory/). */
  memory: MemoryWords;
  /** Words that show what the message is about, to pick fitting closing questions. */
  topics: { options: string[]; shipping: string[]; pickup: string[]; price: string[] };
  /** Texts the fixes insert, in this language. `{name}` is the customer's name. */
  fixes: {
    greeting: RegisterText;
    greetingNoName: RegisterText;
    /** Where the formal greeting differs for a woman's name (Poštovana Amra), the feminine form. */
    greetingFeminine?: string;
    /** Closing questions per topic; two or three are offered. */
    questions: Record<QuestionTopic, RegisterText[]>;
    apology: Record<ProblemKind, RegisterText>;
    /** Offered when the draft admits a problem but gives no new date or solution. */
    wayForward: RegisterText;
    /** An answer stub per unanswered question: "About {topic}: …", and for a question without a known topic. */
    answer: { about: string; asked: string; topics: Record<QuestionSubject, string> };
    recap: {
      intro: RegisterText;
      labels: Record<RecapField, string>;
      question: RegisterText;
    };
  };
}
