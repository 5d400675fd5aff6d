/**
 * Runtime messages between the popup, the background and the content script: one typed request/response union
 * (`Protocol`), so both sides agree, and one `dispatch` over a table of handlers, so neither side matches type strings.
 *
 * Content script (every frame it runs in) answers:
 *   { type: 'rc:getStatus' }  →  StatusResponse
 *   { type: 'rc:openPanel' }  (from the background, on the open-suggestions command, Alt+Shift+H by default): the
 *                              frame whose coached box has focus opens its suggestions and moves focus into them
 * The popup sends it to each frame of the active tab (frame ids come from scripting.executeScript) and shows the
 * answer of the frame whose box was focused last (largest focusedAt). A frame that never had a box answers with
 * focusedAt 0 — or not at all; both are fine.
 *
 * Background answers (sent by the popup and the options page):
 *   { type: 'rc:addSite', origin }     after permissions.request() granted `origin` ("https://shop.example/*"):
 *                                       record it in settings and register the content script → SiteResult
 *   { type: 'rc:removeSite', origin }  unregister, release the permission, forget it → SiteResult
 *   { type: 'rc:syncSites' }           re-register the content script for every added site that is granted
 * and, sent by the content script:
 *   { type: 'rc:questions', sentences } English sentences that start like a question but have no "?" → boolean[]
 *                                       (compromise's tagger runs in the background, so its 100+ ms start never
 *                                       blocks a page; the sentences stay in memory, nothing is stored or sent on)
 */
import type Browser from 'webextension-polyfill';
import type { Lang } from '../engine/types';

export interface StatusResponse {
  /** Hints shown now for the focused (or last focused) box in this frame; 0 when it has none. */
  hints: number;
  /** Language the engine detected or the user chose for this message; null when unknown. */
  lang: Lang | null;
  /** Whether the coach is active on this page (settings: master switch and this site's switch). */
  enabled: boolean;
  /** Date.now() when a box in this frame last had focus; 0 when no box ever had. */
  focusedAt: number;
}

export interface SiteResult {
  ok: boolean;
  /** A message key (popup_… or options_…) for the UI when ok is false. */
  error?: string;
}

/** Every message: what it carries besides its `type`, and what it is answered with (void: no answer). */
export interface Protocol {
  'rc:getStatus': { request: object; response: StatusResponse };
  'rc:openPanel': { request: object; response: void };
  'rc:addSite': { request: { origin: string }; response: SiteResult };
  'rc:removeSite': { request: { origin: string }; response: SiteResult };
  'rc:syncSites': { request: object; response: SiteResult };
  'rc:questions': { request: { sentences: string[] }; response: boolean[] };
}

export type MessageType = keyof Protocol;
/** The message of one type (or, for a union of types, the union of their messages). */
export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T } & Protocol[T]['request']
  : never;
export type Response<T extends MessageType> = Protocol[T]['response'];

export type GetStatusMessage = Message<'rc:getStatus'>;
export type OpenPanelMessage = Message<'rc:openPanel'>;
export type AddSiteMessage = Message<'rc:addSite'>;
export type RemoveSiteMessage = Message<'rc:removeSite'>;
export type SyncSitesMessage = Message<'rc:syncSites'>;
export type QuestionsMessage = Message<'rc:questions'>;

/** Who answers what: the content script (every frame) and the background (popup, options page and content script). */
export type ContentType = 'rc:getStatus' | 'rc:openPanel';
export type BackgroundType = 'rc:addSite' | 'rc:removeSite' | 'rc:syncSites' | 'rc:questions';
export type ContentMessage = Message<ContentType>;
export type BackgroundMessage = Message<BackgroundType>;
export type RcMessage = Message;

/** At most this many sentences per message, each at most MAX_QUESTION_CHARS (engine/questions.ts) long. */
export const MAX_QUESTIONS = 20;

const isOrigin = (m: Record<string, unknown>) => typeof m.origin === 'string';

/** Is a message of this type well-formed? A table, so a new type cannot be added without its check. */
const WELL_FORMED: { [T in MessageType]: (m: Record<string, unknown>) => boolean } = {
  'rc:getStatus': () => true,
  'rc:openPanel': () => true,
  'rc:addSite': isOrigin,
  'rc:removeSite': isOrigin,
  'rc:syncSites': () => true,
  'rc:questions': (m) =>
    Array.isArray(m.sentences) &&
    m.sentences.length <= MAX_QUESTIONS &&
    m.sentences.every((x) => typeof x === 'string'),
};

const isType = (t: unknown): t is MessageType => typeof t === 'string' && Object.hasOwn(WELL_FORMED, t);

/** A well-formed message of any type (of `type` when given). */
export function isRcMessage<T extends MessageType = MessageType>(m: unknown, type?: T): m is Message<T> {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return isType(r.type) && (type === undefined || r.type === type) && WELL_FORMED[r.type](r);
}

export function isStatusResponse(r: unknown): r is StatusResponse {
  if (typeof r !== 'object' || r === null) return false;
  const s = r as Record<string, unknown>;
  return typeof s.hints === 'number' && typeof s.enabled === 'boolean';
}

/** A well-formed rc:questions message whose sentences are at most `maxChars` long. */
export function isQuestionsMessage(m: unknown, maxChars: number): m is QuestionsMessage {
  return isRcMessage(m, 'rc:questions') && m.sentences.every((x) => x.length <= maxChars);
}

export type Sender = Browser.Runtime.MessageSender;

/** One side's handlers: one per type it answers; a void response means no answer is sent. */
export type Handlers<T extends MessageType> = {
  [K in T]: (message: Message<K>, sender: Sender) => Response<K> | Promise<Response<K>>;
};

/**
 * Run the handler for `message` when it is a well-formed message of a type in `handlers`; undefined otherwise
 * (another side's message, or junk), so the listener leaves it to whoever answers it.
 */
export function dispatch<T extends MessageType>(
  handlers: Handlers<T>,
  message: unknown,
  sender: Sender,
): Response<T> | Promise<Response<T>> | undefined {
  if (!isRcMessage(message) || !Object.hasOwn(handlers, message.type)) return undefined;
  const handler = handlers[message.type as T] as (m: Message<T>, s: Sender) => Response<T> | Promise<Response<T>>;
  return handler(message as Message<T>, sender);
}

/**
 * The extension's runtime as the browser gives it (`chrome`, which Firefox has too), typed by the polyfill's types
 * but without loading the polyfill: the first-focus content script stays small.
 */
export function extensionRuntime(): Browser.Runtime.Static | undefined {
  const g = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };
  return (g.chrome ?? g.browser)?.runtime;
}
