/**
 * One coached box: wires the typing watcher (when to check), the checker (what the engine says), the hint list and
 * notice (what the overlay shows), the overlay, and the fix applier (what a click does). Never changes the draft
 * without a click; nothing leaves the browser.
 */
import type { Hint, Lang } from '../engine/types';
import { resolveUiLang, t as translate } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { anchorOf } from './anchor';
import { focusEditor, focusIn, focusIsOurs } from './box-focus';
import { Checker } from './checker';
import { sendButtonsNear } from './detect';
import type { EditorAdapter } from './editors/types';
import { loadEngine } from './engine-loader';
import { FixApplier } from './fix-applier';
import { HintList } from './hint-list';
import { extensionAlive, watchLifetime, whenGone } from './lifetime';
import { Notice } from './notice';
import { createOverlay, type OverlayHandle } from './overlay';
import { clearReason, markReason } from './overlay/reason-highlight';
import { tagAskedQuestions } from './question-tagger';
import type { SiteFile } from './sites/types';
import { TypingWatcher } from './typing-watcher';
import { reportFailure } from '../shared/report';

export interface BoxStatus {
  hints: number;
  lang: Lang | null;
  focusedAt: number;
}

export class BoxSession {
  readonly box: HTMLElement;
  private settings: Settings;
  private uiLang: Lang;
  private readonly adapter: EditorAdapter;
  private readonly hints = new HintList();
  private readonly notice = new Notice(() => this.render());
  private readonly checker: Checker;
  private readonly fixes: FixApplier;
  private readonly overlay: OverlayHandle;
  private readonly watcher: TypingWatcher;
  private expanded = false;
  private disposed = false;
  private readonly forgetTeardown: () => void;
  private readonly onFocus: (s: BoxSession) => void;
  private readonly onEnd: (s: BoxSession) => void;
  /** When the box last got focus (Date.now()): the popup shows the hints of the box focused last. */
  focusedAt = 0;

  /** `onFocus` runs whenever the box gets focus, `onEnd` once when the session ends. */
  constructor(
    box: HTMLElement,
    site: SiteFile | null,
    settings: Settings,
    adapter: EditorAdapter,
    onFocus: (s: BoxSession) => void,
    onEnd: (s: BoxSession) => void,
  ) {
    this.box = box;
    this.settings = settings;
    this.adapter = adapter;
    this.onFocus = onFocus;
    this.onEnd = onEnd;
    this.uiLang = resolveUiLang(settings.uiLang);
    this.checker = new Checker(box, site, adapter, {
      settings: () => this.settings,
      uiLang: () => this.uiLang,
      engineReady: () => this.watcher.checkSoon(),
      ended: () => this.disposed,
    });
    this.fixes = new FixApplier({
      composing: () => this.watcher.composing,
      engineReady: () => loadEngine(this.checker.options(''), ''),
      checkNow: () => this.analyzeNow(false),
      hint: (rule) => this.hints.find(rule),
      insert: (text, at) => this.adapter.insert(text, at),
      say: (key, kind) => this.notice.say(translate(key, this.uiLang), kind),
      returnFocus: () => {
        if (focusIsOurs(this.box, this.overlay.host)) this.focusEditor();
      },
      recheck: () => void this.analyzeNow(true),
      ended: () => this.disposed,
    });
    this.overlay = createOverlay({
      box,
      t: (key, subs) => translate(key, this.uiLang, subs),
      lang: () => this.uiLang,
      sendButtons: () => sendButtonsNear(anchorOf(box), site),
      onGone: () => this.dispose(),
      actions: {
        toggle: () => this.setExpanded(!this.expanded),
        close: () => {
          this.setExpanded(false);
          this.focusEditor();
        },
        fix: (hint, i) => void this.fixes.apply(hint, i),
        dismiss: (hint) => {
          this.hints.dismiss(hint.rule);
          this.render();
          if (this.overlay.hasFocus()) this.overlay.focusPanel();
        },
        point: (hint) => this.pointAt(hint),
        silence: () => {
          this.hints.silenced = true;
          this.render();
        },
        unsilence: () => {
          this.hints.silenced = false;
          this.analyzeNow(true);
        },
      },
    });
    this.forgetTeardown = whenGone(() => this.dispose());
    watchLifetime();
    box.addEventListener('focus', this.onBoxFocus);
    this.watcher = new TypingWatcher(box, { check: () => void this.analyzeNow(false), ownEdit: () => this.fixes.busy });
    this.focusedAt = Date.now();
    this.analyzeNow(true);
    this.checker.warmEngine();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Does the seller's focus sit in this box? */
  hasFocus(): boolean {
    return focusIn(this.box);
  }

  /** The open-suggestions command (Alt+Shift+H by default): open the list and move focus into it. */
  openPanel(): void {
    this.analyzeNow(false);
    this.setExpanded(true);
    this.fixes.focusMoved();
    this.overlay.focusPanel();
  }

  updateSettings(s: Settings): void {
    this.settings = s;
    this.uiLang = resolveUiLang(s.uiLang);
    this.analyzeNow(true);
  }

  status(): BoxStatus {
    return { hints: this.hints.visible.length, lang: this.hints.lang, focusedAt: this.focusedAt };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.watcher.dispose();
    this.forgetTeardown();
    this.box.removeEventListener('keydown', this.onKeyDown, true);
    this.box.removeEventListener('focus', this.onBoxFocus);
    clearReason();
    this.overlay.destroy();
    this.checker.dispose();
    this.onEnd(this);
  }

  private readonly onBoxFocus = () => {
    this.focusedAt = Date.now();
    this.onFocus(this);
  };

  /** Listens only while the panel is open: Escape in the box closes it (the page still sees its Escape). */
  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.expanded) this.setExpanded(false);
  };

  /** Check the draft now and show the result. Returns the draft it read. */
  private analyzeNow(force: boolean): string {
    if (this.disposed || !extensionAlive()) return '';
    const c = this.checker.check(force);
    if (c.outcome === 'empty') {
      // Empty box: a new message (after Send, or cleared). Forget dismissals and silence.
      this.hints.clear();
      this.notice.clear();
      this.expanded = false;
      this.render();
    } else if (c.outcome === 'checked') {
      this.hints.show(c.hints, c.lang, c.partial);
      this.render();
      // Only if the draft is still the one asked about; a newer draft is checked at the next pause anyway.
      tagAskedQuestions(() => {
        if (!this.disposed && this.checker.lastDraft === c.draft) this.analyzeNow(true);
      });
    }
    return c.draft;
  }

  private render(): void {
    if (this.disposed) return;
    try {
      this.overlay.render({
        hints: this.hints.visible,
        hasText: !!this.checker.lastDraft?.trim(),
        silenced: this.hints.silenced,
        partial: this.hints.partial,
        expanded: this.expanded,
        notice: this.notice.current,
      });
    } catch (e) {
      reportFailure('render-failed', e);
    }
  }

  private setExpanded(on: boolean): void {
    this.expanded = on;
    if (on) this.box.addEventListener('keydown', this.onKeyDown, true);
    else this.box.removeEventListener('keydown', this.onKeyDown, true);
    if (!on) {
      this.notice.clear();
      clearReason();
    }
    this.render();
  }

  /** Mark the sentence a hint is about while the seller points at the hint (quoted hints only). */
  private pointAt(hint: Hint | null): void {
    if (!hint?.quote || this.disposed) return clearReason();
    const current = this.hints.find(hint.rule);
    markReason(
      current && current.end > current.start ? (this.adapter.rangeFor?.(current.start, current.end) ?? null) : null,
    );
  }

  private focusEditor(): void {
    focusEditor(this.adapter.element ?? this.box);
  }
}
