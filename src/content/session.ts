/**
 * Lazy stage 2: engine + overlay + editor adapters. One Session per hooked box: reads the draft through the editor
 * adapter, analyses it (debounced: within 300 ms after typing pauses, never while typing), renders the overlay and
 * applies fixes through the editor's own input path. Never changes the draft without a click; nothing leaves the
 * browser (sentences for the question tagger go to the extension's own background, see engine/questions.ts).
 */
import browser from 'webextension-polyfill';
import type { AnalyzeOptions, Hint, Lang } from '../engine/types';
import { MAX_QUESTIONS, type QuestionsMessage } from '../shared/messages';
import { analyzeOptionsFrom, type Settings } from '../shared/settings';
import { resolveUiLang, t as translate } from '../shared/i18n';
import { adapterFor } from './editors';
import type { EditorAdapter } from './editors/types';
import { claimTyping, noteTyping } from './editors/activity';
import { readCustomer } from './context';
import { ThreadWatch } from './thread';
import { QuestionQueue } from '../engine/questions';
import { sendButtonsNear } from './detect';
import { createOverlay, type OverlayHandle, type OverlayState } from './overlay';
import { clearReason, markReason } from './overlay/reason-highlight';
import { extensionAlive, watchLifetime, whenGone } from './lifetime';
import { idle } from './idle';
import type { SiteFile } from './sites/types';

/** Quiet time after the last keystroke before analysing (plus up to IDLE_TIMEOUT waiting for an idle moment). */
export const DEBOUNCE_MS = 150;
/** While the seller types, how often the text is looked at instead of listening to every keystroke. */
const POLL_MS = 50;
/** Events after which the draft may have changed. */
const EDIT_EVENTS = ['input', 'paste', 'cut', 'drop', 'compositionend'];
const IDLE_TIMEOUT_MS = 80;
/** Most main-thread time one idle slice of the engine's warm-up may take (a step itself takes a few ms). */
const WARM_SLICE_MS = 8;
/** Longest wait for an idle moment to load or warm the engine in (a busy page still gets its first hints). */
const WARM_TIMEOUT_MS = 200;

const sessions = new Map<HTMLElement, Session>();
let lastFocused: Session | null = null;
/** The session whose box had focus last (the popup shows its hints). */
function noteFocus(s: Session): void {
  lastFocused = s;
}

/** Is the seller typing in any coached box right now (a burst that has not paused yet)? */
function typingNow(): boolean {
  for (const s of sessions.values()) if (s.isTyping) return true;
  return false;
}

/** Run `fn` in an idle moment while nobody types: loading and warming the engine never sits between keystrokes. */
function idleNotTyping(fn: () => void): void {
  idle(() => (typingNow() ? setTimeout(() => idleNotTyping(fn), POLL_MS) : fn()), WARM_TIMEOUT_MS);
}

/**
 * The engine (language packs and rules; compromise stays in the background) is a chunk of its own, loaded in an idle
 * moment after a box is hooked. Its first analysis would build every regex and segmenter at once (100+ ms), so
 * that work runs first as small warm-up steps (see warmUp); the engine counts as loaded when they are done.
 */
type Engine = typeof import('../engine/core');
let engine: Engine | null = null;
/** English sentences without "?" the background's tagger answers for this page (engine/questions.ts). */
const questions = new QuestionQueue();
let engineLoading: Promise<Engine> | null = null;
function loadEngine(options: AnalyzeOptions, draft: string): Promise<Engine> {
  // Imported in an idle moment of its own, not in the task that hooks the box and draws the overlay.
  engineLoading ??= new Promise<void>((r) => idleNotTyping(r))
    .then(() => import('../engine/core'))
    .then((m) => warmUp(m, options, draft));
  return engineLoading;
}

/**
 * Run the engine's warm-up steps in slices of at most WARM_SLICE_MS with a yield between them (input waiting meanwhile
 * runs first); while the seller types it stops and goes on in an idle moment after. Resolves with the ready engine.
 */
function warmUp(m: Engine, options: AnalyzeOptions, draft: string): Promise<Engine> {
  return new Promise<Engine>((resolve) => {
    const steps = m.warmUpSteps(options, draft);
    let next = 0;
    const slice = () => {
      if (typingNow()) return idleNotTyping(slice);
      const start = performance.now();
      while (next < steps.length && performance.now() - start < WARM_SLICE_MS) {
        try {
          steps[next++]!();
        } catch (e) {
          console.debug('[Reply Coach] warm-up step failed', e);
        }
      }
      if (next < steps.length) setTimeout(slice, 0);
      else resolve((engine = m));
    };
    idleNotTyping(slice);
  });
}

/** Ask the extension's background whether these English sentences are questions (see engine/questions.ts). */
function tagQuestions(sentences: string[]): Promise<boolean[]> {
  const batch = sentences.slice(0, MAX_QUESTIONS);
  return browser.runtime.sendMessage({ type: 'rc:questions', sentences: batch } satisfies QuestionsMessage).then(
    (r: unknown) => batch.map((_, i) => Array.isArray(r) && r[i] === true),
    // No background answer (extension reloading): the regex answer stands.
    () => batch.map(() => false),
  );
}

class Session {
  readonly box: HTMLElement;
  private readonly site: SiteFile | null;
  private settings: Settings;
  private readonly adapter: EditorAdapter;
  private readonly overlay: OverlayHandle;
  /** The conversation next to the box: read at the first check and after the page changes it. */
  private readonly thread: ThreadWatch;
  private uiLang: Lang;
  /** A <textarea> or <input>: its text is its value, and no DOM changes under it. */
  private readonly formField: boolean;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** While typing goes on: the text at the last look, and since when it has not changed (performance.now()). */
  private typing: { text: string; since: number } | null = null;
  private idle: number | undefined;
  private observer: MutationObserver | null = null;
  private lastDraft: string | null = null;
  private lang: Lang | null = null;
  private hints: Hint[] = [];
  private dismissed = new Set<string>();
  private silenced = false;
  private expanded = false;
  private notice: OverlayState['notice'] = null;
  private noticeSeq = 0;
  private applying = false;
  /** Bumped whenever the seller moves focus into the panel, so a fix finishing later does not pull it back. */
  private focusMoves = 0;
  private disposed = false;
  private readonly forgetTeardown: () => void;
  focusedAt = 0;

  constructor(box: HTMLElement, site: SiteFile | null, settings: Settings, adapter: EditorAdapter) {
    this.box = box;
    this.site = site;
    this.settings = settings;
    this.adapter = adapter;
    this.thread = new ThreadWatch(box, site);
    this.formField = box.tagName === 'TEXTAREA' || box.tagName === 'INPUT';
    this.uiLang = resolveUiLang(settings.uiLang);
    this.overlay = createOverlay({
      box,
      t: (key, subs) => translate(key, this.uiLang, subs),
      lang: () => this.uiLang,
      sendButtons: () => {
        const anchor = box === box.ownerDocument.body ? ((box.ownerDocument.defaultView?.frameElement as HTMLElement | null) ?? box) : box;
        return sendButtonsNear(anchor, site);
      },
      onGone: () => this.dispose(),
      actions: {
        toggle: () => this.setExpanded(!this.expanded),
        close: () => {
          this.setExpanded(false);
          this.focusEditor();
        },
        fix: (hint, i) => void this.applyFix(hint, i),
        dismiss: (hint) => {
          this.dismissed.add(hint.rule);
          this.hints = this.hints.filter((h) => h.rule !== hint.rule);
          this.render();
          if (this.overlay.hasFocus()) this.overlay.focusPanel();
        },
        point: (hint) => this.pointAt(hint),
        silence: () => {
          this.silenced = true;
          this.render();
        },
        unsilence: () => {
          this.silenced = false;
          this.analyzeNow(true);
        },
      },
    });
    this.forgetTeardown = whenGone(() => this.dispose());
    watchLifetime();
    this.listen();
    this.focusedAt = Date.now();
    this.analyzeNow(true);
    this.warmEngine();
  }

  private awaitingEngine = false;

  /** Load (and warm up) the engine in idle moments, then check the draft at the next pause in typing. */
  private warmEngine(): void {
    if (engine || this.disposed || this.awaitingEngine) return;
    this.awaitingEngine = true;
    let draft = '';
    try {
      draft = this.adapter.read().draft;
    } catch {
      /* the warm-up only uses it to pick the language to prepare first */
    }
    loadEngine(this.options(''), draft).then(
      () => this.checkSoon(),
      (e: unknown) => console.debug('[Reply Coach] engine failed to load', e),
    );
  }

  /** The first edit of a burst of typing: from here on the text is looked at every POLL_MS (see schedule). */
  private readonly onEdit = (e: Event) => {
    if (e.isTrusted && !this.applying) noteTyping(this.box.ownerDocument);
    this.schedule();
  };
  /** Listens only while the panel is open: Escape in the box closes it (the page still sees its Escape). */
  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.expanded) this.setExpanded(false);
  };

  /** The open-suggestions command (Alt+Shift+H by default): open the list and move focus into it. */
  openPanel(): void {
    this.analyzeNow(false);
    this.setExpanded(true);
    this.focusMoves++;
    this.overlay.focusPanel();
  }

  /** Does the seller's focus sit in this box (or in the iframe document it is the body of)? */
  hasFocus(): boolean {
    const doc = this.box.ownerDocument;
    const a = doc.activeElement;
    return doc.hasFocus() && !!a && (a === this.box || this.box.contains(a));
  }
  private readonly onFocus = () => {
    this.focusedAt = Date.now();
    noteFocus(this);
  };

  private listen(): void {
    const b = this.box;
    // The box's own listeners and looks tell the editor adapters when the seller last typed (see editors/activity.ts).
    claimTyping(b.ownerDocument);
    b.addEventListener('focus', this.onFocus);
    if (!this.formField) {
      // Rich editors change their DOM from their own model too (undo, toolbar, the site's scripts).
      const MO = b.ownerDocument.defaultView?.MutationObserver ?? MutationObserver;
      this.observer = new MO(() => this.schedule());
    }
    this.listenForEdits(true);
  }

  /** Edit listeners are on only between bursts of typing: a listener call per keystroke costs the page typing time. */
  private listenForEdits(on: boolean): void {
    const b = this.box;
    for (const type of EDIT_EVENTS) {
      if (on) b.addEventListener(type, this.onEdit);
      else b.removeEventListener(type, this.onEdit);
    }
    if (on) this.observer?.observe(b, { childList: true, characterData: true, subtree: true });
    else this.observer?.disconnect();
  }

  private unlisten(): void {
    this.listenForEdits(false);
    this.box.removeEventListener('keydown', this.onKeyDown, true);
    this.box.removeEventListener('focus', this.onFocus);
  }

  /** The box's text as cheaply as it can be read: only compared, to see whether typing goes on. */
  private peek(): string {
    const b = this.box;
    return this.formField ? (b as HTMLTextAreaElement).value : (b.textContent ?? '');
  }

  /**
   * Analyse once typing pauses; nothing of ours runs per keystroke meanwhile. The first edit of a burst unhooks the
   * edit listeners; a timer then looks at the text every POLL_MS, and once it has stood still for DEBOUNCE_MS the
   * listeners come back and the draft is checked in the next idle moment.
   */
  schedule(): void {
    if (this.disposed) return;
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = undefined;
    if (this.typing) return;
    this.listenForEdits(false);
    this.typing = { text: this.peek(), since: performance.now() };
    this.timer = setTimeout(this.look, POLL_MS);
  }

  private readonly look = (): void => {
    this.timer = undefined;
    let typing = this.typing;
    if (this.disposed || !typing) return;
    const now = performance.now();
    const text = this.peek();
    if (text !== typing.text) {
      typing = this.typing = { text, since: now };
      if (!this.applying) noteTyping(this.box.ownerDocument);
    }
    if (now - typing.since < DEBOUNCE_MS - 1) {
      this.timer = setTimeout(this.look, POLL_MS);
      return;
    }
    // A pause: listen again (an edit from now on starts the next burst and cancels this check).
    this.typing = null;
    this.listenForEdits(true);
    this.checkSoon();
  };

  /** Check the draft in the next idle moment, unless typing goes on (then the pause after it checks). */
  private checkSoon(): void {
    if (this.disposed || this.typing || this.idle !== undefined) return;
    if (typeof requestIdleCallback !== 'function') return void this.analyzeNow(false);
    this.idle = requestIdleCallback(
      () => {
        this.idle = undefined;
        this.analyzeNow(false);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  }

  /** The engine options for a check; with the loaded engine `e`, the thread the page shows too. */
  private options(quoted: string, e?: Engine): AnalyzeOptions {
    const classifieds = this.site?.kind === 'classifieds';
    const opts: AnalyzeOptions = { ...analyzeOptionsFrom(this.settings, this.uiLang, classifieds), uiLang: this.uiLang, questions };
    const c = readCustomer(this.box, this.site);
    if (c.customerName) opts.customerName = c.customerName;
    if (c.customerMessage) opts.customerMessage = c.customerMessage;
    const thread = e ? this.thread.get(e) : [];
    if (thread.length) {
      opts.thread = thread;
      opts.now = new Date();
    }
    if (quoted.trim()) opts.quotedContext = quoted;
    return opts;
  }

  /** Read and analyse now. Returns the draft it analysed. */
  analyzeNow(force: boolean): string {
    if (this.disposed || !extensionAlive()) return '';
    let draft = '';
    let quoted = '';
    try {
      ({ draft, quoted } = this.adapter.read());
    } catch (e) {
      console.debug('[Reply Coach] read failed', e);
      return this.lastDraft ?? '';
    }
    if (!force && draft === this.lastDraft) return draft;
    if (!engine && draft.trim()) {
      // The engine is still loading or warming up: this analysis runs at the first pause after that.
      this.warmEngine();
      return draft;
    }
    this.lastDraft = draft;
    if (!draft.trim()) {
      // Empty box: a new message (after Send, or cleared). Forget dismissals and silence.
      this.dismissed.clear();
      this.silenced = false;
      this.hints = [];
      this.lang = null;
      this.notice = null;
      this.expanded = false;
      this.render();
      return draft;
    }
    const e = engine!;
    try {
      const result = e.analyze(draft, this.options(quoted, e));
      this.lang = result.lang;
      this.hints = result.hints.filter((h) => !this.dismissed.has(h.rule));
    } catch (err) {
      console.debug('[Reply Coach] analyze failed', err);
      this.hints = [];
    }
    this.render();
    const wanted = questions.take();
    if (wanted.length) {
      void tagQuestions(wanted).then((answers) => {
        questions.learn(wanted.slice(0, answers.length), answers);
        // Only if the draft is still the one asked about; a newer draft is checked at the next pause anyway.
        if (!this.disposed && this.lastDraft === draft) this.analyzeNow(true);
      });
    }
    return draft;
  }

  private render(): void {
    if (this.disposed) return;
    try {
      this.draw();
    } catch (e) {
      console.debug('[Reply Coach] render failed', e);
    }
  }

  private draw(): void {
    this.overlay.render({
      hints: this.silenced ? [] : this.hints,
      hasText: !!this.lastDraft?.trim(),
      silenced: this.silenced,
      expanded: this.expanded,
      notice: this.notice,
    });
  }

  private setExpanded(on: boolean): void {
    this.expanded = on;
    if (on) this.box.addEventListener('keydown', this.onKeyDown, true);
    else this.box.removeEventListener('keydown', this.onKeyDown, true);
    if (!on) {
      this.notice = null;
      clearReason();
    }
    this.render();
  }

  private focusEditor(): void {
    const el = this.adapter.element ?? this.box;
    const doc = el.ownerDocument;
    const active = doc.activeElement;
    if (active === el || (active && el.contains(active))) return;
    try {
      el.focus({ preventScroll: true });
    } catch {
      /* detached */
    }
  }

  /** Focus is in the editor, in our overlay, or nowhere in particular. */
  private focusIsOurs(): boolean {
    const doc = this.box.ownerDocument;
    const a = doc.activeElement;
    const topActive = document.activeElement;
    if (!a || a === doc.body || a === this.box || this.box.contains(a)) {
      // For an iframe editor, the top document's focus sits on the frame (or our overlay host).
      return !topActive || topActive === document.body || topActive === this.overlay.host || topActive.tagName === 'IFRAME' || topActive === this.box;
    }
    return a === this.overlay.host;
  }

  private say(text: string, kind: 'info' | 'error'): void {
    this.notice = { text, kind, seq: ++this.noticeSeq };
    const seq = this.noticeSeq;
    setTimeout(() => {
      if (this.notice?.seq === seq && kind === 'info') {
        this.notice = null;
        this.render();
      }
    }, 4000);
  }

  /** Mark the sentence a hint is about while the seller points at the hint (quoted hints only). */
  private pointAt(hint: Hint | null): void {
    if (!hint?.quote || this.disposed) return clearReason();
    const current = this.hints.find((h) => h.rule === hint.rule);
    markReason(current && current.end > current.start ? (this.adapter.rangeFor?.(current.start, current.end) ?? null) : null);
  }

  /** Apply one fix through the page's editor; only ever after a click (or Enter on the fix button). */
  async applyFix(clicked: Hint, fixIndex: number): Promise<void> {
    if (this.applying || this.disposed) return;
    this.applying = true;
    const t = (k: string) => translate(k, this.uiLang);
    const moves = this.focusMoves;
    try {
      await loadEngine(this.options(''), '');
      // The seller may have typed since the hints were computed: analyse the text as it is now first.
      const before = this.analyzeNow(false);
      const hint = this.hints.find((h) => h.rule === clicked.rule);
      const fix = hint?.fixes[fixIndex] ?? hint?.fixes.find((f) => f.label === clicked.fixes[fixIndex]?.label);
      if (!hint || !fix) return;
      // The engine placed the fix with the options the hints came from (the seller's own sign-off included).
      const at = Math.max(0, Math.min(before.length, fix.offset ?? (fix.at === 'start' ? 0 : typeof fix.at === 'number' ? fix.at : before.length)));
      const outcome = await this.adapter.insert(fix.text, at);
      if (outcome.ok) this.say(t('overlay_fix_applied'), 'info');
      else this.say(t(outcome.copied ? 'overlay_fix_copied' : 'overlay_fix_failed'), 'error');
      // Back to the editor, after the inserted text — unless the seller has moved on meanwhile (into the panel
      // with the shortcut, or somewhere else on the page).
      if (moves === this.focusMoves && this.focusIsOurs()) this.focusEditor();
    } catch (e) {
      console.debug('[Reply Coach] fix failed', e);
      this.say(t('overlay_fix_failed'), 'error');
    } finally {
      this.applying = false;
      this.analyzeNow(true);
    }
  }

  updateSettings(s: Settings): void {
    this.settings = s;
    this.uiLang = resolveUiLang(s.uiLang);
    this.analyzeNow(true);
  }

  status(): { hints: number; lang: Lang | null; focusedAt: number } {
    return { hints: this.silenced ? 0 : this.hints.length, lang: this.lang, focusedAt: this.focusedAt };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.forgetTeardown();
    this.unlisten();
    clearReason();
    this.overlay.destroy();
    this.thread.dispose();
    sessions.delete(this.box);
    if (lastFocused === this) lastFocused = null;
  }

  /** A burst of typing is going on (see schedule). */
  get isTyping(): boolean {
    return this.typing !== null;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }
}

/** Hook a box (again focused: just note the focus). */
export function attachSession(box: HTMLElement, site: SiteFile | null, settings: Settings): void {
  const existing = sessions.get(box);
  if (existing && !existing.isDisposed) {
    existing.focusedAt = Date.now();
    lastFocused = existing;
    return;
  }
  let adapter: EditorAdapter | null = null;
  try {
    adapter = adapterFor(box, site?.editorHints);
  } catch (e) {
    console.debug('[Reply Coach] no adapter', e);
  }
  if (!adapter) return;
  const s = new Session(box, site, settings, adapter);
  sessions.set(box, s);
  lastFocused = s;
}

export function settingsChanged(s: Settings, enabled: boolean): void {
  for (const session of Array.from(sessions.values())) {
    if (!enabled) session.dispose();
    else session.updateSettings(s);
  }
}

/** rc:openPanel: the coached box that has focus in this frame opens its suggestions. */
export function openPanelOfFocusedBox(): void {
  for (const s of sessions.values()) {
    if (!s.isDisposed && s.hasFocus()) return s.openPanel();
  }
}

export function sessionStatus(): { hints: number; lang: Lang | null; focusedAt: number } {
  const s = lastFocused && !lastFocused.isDisposed ? lastFocused : null;
  return s ? s.status() : { hints: 0, lang: null, focusedAt: 0 };
}
