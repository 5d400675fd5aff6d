/**
 * Runtime messages between the popup, the background and the content script. One file, so both sides agree.
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
import type { Lang } from '../engine/types';

export interface GetStatusMessage {
  type: 'rc:getStatus';
}

export interface OpenPanelMessage {
  type: 'rc:openPanel';
}

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

export interface AddSiteMessage {
  type: 'rc:addSite';
  origin: string;
}

export interface RemoveSiteMessage {
  type: 'rc:removeSite';
  origin: string;
}

export interface SyncSitesMessage {
  type: 'rc:syncSites';
}

export interface QuestionsMessage {
  type: 'rc:questions';
  sentences: string[];
}

/** At most this many sentences per message, each at most MAX_QUESTION_CHARS (engine/questions.ts) long. */
export const MAX_QUESTIONS = 20;

export interface SiteResult {
  ok: boolean;
  /** A message key (popup_… or options_…) for the UI when ok is false. */
  error?: string;
}

export type ContentMessage = GetStatusMessage | OpenPanelMessage;
export type BackgroundMessage = AddSiteMessage | RemoveSiteMessage | SyncSitesMessage;
export type TaggerMessage = QuestionsMessage;
export type RcMessage = ContentMessage | BackgroundMessage | TaggerMessage;

const TYPES: readonly string[] = ['rc:getStatus', 'rc:openPanel', 'rc:addSite', 'rc:removeSite', 'rc:syncSites', 'rc:questions'];

export function isRcMessage(m: unknown): m is RcMessage {
  return typeof m === 'object' && m !== null && TYPES.includes((m as { type?: unknown }).type as string);
}

export function isStatusResponse(r: unknown): r is StatusResponse {
  if (typeof r !== 'object' || r === null) return false;
  const s = r as Record<string, unknown>;
  return typeof s.hints === 'number' && typeof s.enabled === 'boolean';
}

/** A well-formed rc:questions message: a short array of short strings. */
export function isQuestionsMessage(m: unknown, maxChars: number): m is QuestionsMessage {
  if (typeof m !== 'object' || m === null || (m as { type?: unknown }).type !== 'rc:questions') return false;
  const xs = (m as { sentences?: unknown }).sentences;
  return Array.isArray(xs) && xs.length <= MAX_QUESTIONS && xs.every((x) => typeof x === 'string' && x.length <= maxChars);
}
