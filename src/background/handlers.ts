/**
 * The background's answers: one handler per message type it owns (src/shared/messages.ts), over ports the service
 * worker wires to the real work (./sites, compromise), so the table runs in a unit test without a browser.
 */
import { MAX_QUESTION_CHARS } from '../engine/questions';
import {
  dispatch,
  isRcMessage,
  type BackgroundType,
  type Handlers,
  type MessageType,
  type Response,
  type Sender,
  type SiteResult,
} from '../shared/messages';

export interface BackgroundPorts {
  addSite(origin: string): Promise<SiteResult>;
  removeSite(origin: string): Promise<SiteResult>;
  syncSites(): Promise<unknown>;
  /** compromise's answer for one English sentence without "?". */
  isQuestion(sentence: string): boolean;
  log(e: unknown): void;
}

/** A failed site change answers with a message key for the UI instead of leaving the page waiting. */
function siteResult(p: Promise<SiteResult>, log: (e: unknown) => void): Promise<SiteResult> {
  return p.catch((e: unknown) => {
    log(e);
    return { ok: false, error: 'options_error_generic' };
  });
}

export function backgroundHandlers(ports: BackgroundPorts): Handlers<BackgroundType> {
  return {
    // Longer sentences are never tagged (engine/questions.ts); they are not questions typed without "?".
    'rc:questions': (m) => m.sentences.map((s) => s.length <= MAX_QUESTION_CHARS && ports.isQuestion(s)),
    'rc:addSite': (m) => siteResult(ports.addSite(m.origin), ports.log),
    'rc:removeSite': (m) => siteResult(ports.removeSite(m.origin), ports.log),
    'rc:syncSites': () =>
      siteResult(
        ports.syncSites().then(() => ({ ok: true })),
        ports.log,
      ),
  };
}

/** What a content script (a tab on a web page) may ask; sites are managed from our own pages only. */
const FROM_WEB_PAGES: ReadonlySet<MessageType> = new Set<MessageType>(['rc:questions']);

/**
 * The answer to a runtime message, or undefined when the background does not answer it: a message from another
 * extension, a content script asking for more than the tagger, a type another side answers, or junk.
 */
export function answer(
  handlers: Handlers<BackgroundType>,
  message: unknown,
  sender: Sender,
  ownId: string,
): Promise<Response<BackgroundType>> | undefined {
  if (sender.id !== ownId) return undefined;
  const fromWebPage = !!sender.tab?.url?.startsWith('http');
  if (fromWebPage && !(isRcMessage(message) && FROM_WEB_PAGES.has(message.type))) return undefined;
  const reply = dispatch(handlers, message, sender);
  return reply === undefined ? undefined : Promise.resolve(reply);
}
