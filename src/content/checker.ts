/**
 * Checks one box's draft: reads it through the editor adapter, gathers what the engine needs besides the text
 * (settings, the customer's name and message, the conversation next to the box, the quoted history) and analyses it
 * with the loaded engine. Until the engine is loaded and warmed up, a check asks for it and reports "loading".
 */
import type { AnalyzeOptions, Hint, Lang } from '../engine/types';
import { analyzeOptionsFrom, type Settings } from '../shared/settings';
import { readCustomer } from './context';
import { everyLanguageWarm, loadedEngine, loadEngine, warmedFor, whenAllWarm, type Engine } from './engine-loader';
import type { EditorAdapter } from './editors/types';
import { questions } from './question-tagger';
import type { SiteFile } from './sites/types';
import { ThreadWatch } from './thread';
import { reportFailure } from '../shared/report';

/**
 * What a check found. same: the draft has not changed since the last check (or could not be read); loading: the
 * engine is not ready yet; empty: the box is empty; checked: the engine's answer (no `lang` when it failed;
 * `partial` when the draft was too long to check whole).
 */
export type Check =
  | { draft: string; outcome: 'same' | 'loading' | 'empty' }
  | { draft: string; outcome: 'checked'; lang?: Lang | null; hints: Hint[]; partial?: boolean };

export interface CheckerContext {
  settings(): Settings;
  uiLang(): Lang;
  /** The engine has just become ready after a check had to wait for it. */
  engineReady(): void;
  /** The box's session has ended. */
  ended(): boolean;
}

export class Checker {
  private readonly box: HTMLElement;
  private readonly site: SiteFile | null;
  private readonly adapter: EditorAdapter;
  private readonly ctx: CheckerContext;
  /** The conversation next to the box: read at the first check and after the page changes it. */
  private readonly thread: ThreadWatch;
  /** The draft the last check analysed (null before the first). */
  private checked: string | null = null;
  private awaitingEngine = false;
  private awaitingWarmUp = false;

  constructor(box: HTMLElement, site: SiteFile | null, adapter: EditorAdapter, ctx: CheckerContext) {
    this.box = box;
    this.site = site;
    this.adapter = adapter;
    this.ctx = ctx;
    this.thread = new ThreadWatch(box, site);
  }

  /** The draft the last check analysed (null before the first). */
  get lastDraft(): string | null {
    return this.checked;
  }

  /** The engine options for a check; with the loaded engine `e`, the thread the page shows too. */
  options(quoted: string, e?: Engine): AnalyzeOptions {
    const uiLang = this.ctx.uiLang();
    const classifieds = this.site?.kind === 'classifieds';
    const opts: AnalyzeOptions = { ...analyzeOptionsFrom(this.ctx.settings(), uiLang, classifieds), uiLang, questions };
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

  /** Load (and warm up) the engine in idle moments; tell the context when it is ready. */
  warmEngine(): void {
    if (loadedEngine() || this.ctx.ended() || this.awaitingEngine) return;
    this.awaitingEngine = true;
    let draft = '';
    try {
      draft = this.adapter.read().draft;
    } catch {
      /* the warm-up only uses it to pick the language to prepare first */
    }
    loadEngine(this.options(''), draft).then(
      () => this.ctx.engineReady(),
      (e: unknown) => reportFailure('engine-load-failed', e),
    );
  }

  /** Check again once every language is warm (a draft in one the warm-up had not reached yet waited). */
  private awaitWarmUp(): void {
    if (this.awaitingWarmUp) return;
    this.awaitingWarmUp = true;
    void whenAllWarm().then(() => {
      this.awaitingWarmUp = false;
      if (!this.ctx.ended()) this.ctx.engineReady();
    });
  }

  /** Read and analyse the draft; unless `force`, a draft that has not changed since the last check is not. */
  check(force: boolean): Check {
    let draft = '';
    let quoted = '';
    try {
      ({ draft, quoted } = this.adapter.read());
    } catch (e) {
      reportFailure('read-failed', e);
      return { draft: this.checked ?? '', outcome: 'same' };
    }
    if (!force && draft === this.checked) return { draft, outcome: 'same' };
    const e = loadedEngine();
    if (!e && draft.trim()) {
      // The engine is still loading or warming up: this check runs at the first pause after that.
      this.warmEngine();
      return { draft, outcome: 'loading' };
    }
    if (e && draft.trim() && !everyLanguageWarm() && !warmedFor(e.likelyLanguage(this.options(''), draft))) {
      // A language the warm-up has not prepared yet: building it now would be one long task.
      this.awaitWarmUp();
      return { draft, outcome: 'loading' };
    }
    this.checked = draft;
    if (!draft.trim()) return { draft, outcome: 'empty' };
    try {
      const result = e!.analyze(draft, this.options(quoted, e!));
      return { draft, outcome: 'checked', lang: result.lang, hints: result.hints, partial: !!result.partial };
    } catch (err) {
      reportFailure('analyze-failed', err);
      return { draft, outcome: 'checked', hints: [] };
    }
  }

  dispose(): void {
    this.thread.dispose();
  }
}
