/**
 * The overlay's Preact tree (rendered into an open shadow root by ./index.tsx).
 *
 * Fixed contract (tests rely on it): [data-part="badge"] shows the number of current hints (a check mark when there
 * are none) and carries aria-expanded; the panel [data-part="panel"] has one element per hint with data-rule=<rule
 * id>, its message, a "why" line and its fixes, the first fix being a button[data-fix]; [data-part="partial"] says a
 * long draft was checked on its opening and closing parts only.
 */
import type { Hint } from '../../engine/types';

export type Translate = (key: string, subs?: (string | number)[]) => string;

export interface OverlayState {
  hints: Hint[];
  /** The draft has text (the badge hides on an empty box). */
  hasText: boolean;
  silenced: boolean;
  /** The draft was too long to check whole: only its opening and closing parts were. */
  partial?: boolean;
  expanded: boolean;
  /** A short notice in the panel and the live region (after a fix, or when a fix could not be applied). */
  notice: { text: string; kind: 'info' | 'error'; seq: number } | null;
}

export interface OverlayActions {
  toggle(): void;
  close(): void;
  fix(hint: Hint, fixIndex: number): void;
  dismiss(hint: Hint): void;
  /** The seller points at a hint (hover or focus), or at none: mark the sentence it is about. */
  point(hint: Hint | null): void;
  silence(): void;
  unsilence(): void;
}

const Logo = () => (
  <svg class="logo" viewBox="0 0 16 16" aria-hidden="true">
    <path
      fill="currentColor"
      d="M2.5 2h11A1.5 1.5 0 0 1 15 3.5v7a1.5 1.5 0 0 1-1.5 1.5H7.2l-3.4 2.6A.5.5 0 0 1 3 14.2V12h-.5A1.5 1.5 0 0 1 1 10.5v-7A1.5 1.5 0 0 1 2.5 2Zm2.7 5.3-.9.9 2.4 2.4 5-5-.9-.9-4.1 4.1-1.5-1.5Z"
    />
  </svg>
);
const Check = () => (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path
      fill="none"
      stroke="currentColor"
      stroke-width="2.2"
      stroke-linecap="round"
      stroke-linejoin="round"
      d="m3.5 8.5 3 3 6-7"
    />
  </svg>
);
const Muted = () => (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" d="M4 8h8" />
  </svg>
);
const Cross = () => (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" d="m4 4 8 8M12 4l-8 8" />
  </svg>
);

export function countLabel(t: Translate, lang: string, n: number): string {
  let rule = 'other';
  try {
    rule = new Intl.PluralRules(lang).select(n);
  } catch {
    /* old engine: "other" */
  }
  const key = `overlay_hints_${rule}`;
  const text = t(key, [n]);
  return text === key ? t('overlay_hints_other', [n]) : text;
}

export function Overlay(props: { state: OverlayState; actions: OverlayActions; t: Translate; lang: string }) {
  const { state, actions, t, lang } = props;
  const { hints, silenced, expanded, notice } = state;
  const showBadge = state.hasText || silenced || expanded;
  const badgeState = silenced ? 'silenced' : hints.length ? 'hints' : 'ok';
  const partial = !!state.partial && !silenced;
  const counted = silenced
    ? t('overlay_badge_silenced')
    : hints.length
      ? t('overlay_badge_label', [countLabel(t, lang, hints.length)])
      : t('overlay_badge_ok');
  // A check mark on a long draft means "nothing in the parts read": the badge says so too.
  const label = partial ? `${counted} · ${t('overlay_partial')}` : counted;

  const onPanelKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      actions.close();
    }
  };

  return (
    <div class="rc" lang={lang}>
      <button
        type="button"
        class="badge"
        data-part="badge"
        data-state={badgeState}
        aria-expanded={expanded ? 'true' : 'false'}
        aria-haspopup="dialog"
        aria-label={label}
        title={label}
        hidden={!showBadge}
        onClick={() => actions.toggle()}
      >
        {badgeState === 'hints' ? (
          <>
            <span class="count">{hints.length}</span>
          </>
        ) : badgeState === 'ok' ? (
          <Check />
        ) : (
          <Muted />
        )}
      </button>
      {expanded && (
        <div class="panel" data-part="panel" role="dialog" aria-label={t('overlay_panel_title')} onKeyDown={onPanelKey}>
          <div class="head">
            <Logo />
            <h2>{t('overlay_panel_title')}</h2>
            <button
              type="button"
              class="icon-btn"
              data-part="close"
              aria-label={t('overlay_close')}
              title={t('overlay_close')}
              onClick={() => actions.close()}
            >
              <Cross />
            </button>
          </div>
          {notice && (
            <p class="notice" data-part="notice" data-kind={notice.kind} data-seq={String(notice.seq)}>
              {notice.text}
            </p>
          )}
          {partial && (
            <p class="note partial" data-part="partial">
              {t('overlay_partial')}
            </p>
          )}
          {silenced ? (
            <p class="note" data-part="silenced">
              {t('overlay_silenced')}
            </p>
          ) : hints.length === 0 ? (
            <p class="note ok" data-part="all-good">
              {t('overlay_all_good')}
            </p>
          ) : (
            <ul>
              {hints.map((h) => (
                <li
                  key={h.rule}
                  data-rule={h.rule}
                  data-severity={h.severity}
                  onMouseEnter={() => actions.point(h)}
                  onMouseLeave={() => actions.point(null)}
                  onFocusIn={() => actions.point(h)}
                  onFocusOut={() => actions.point(null)}
                >
                  <div class="row">
                    <span class="sev" aria-hidden="true" />
                    <p class="msg">
                      <span class="sr">
                        {t(h.severity === 'warning' ? 'overlay_severity_warning' : 'overlay_severity_suggestion')}:{' '}
                      </span>
                      {h.message}
                    </p>
                    <button
                      type="button"
                      class="icon-btn"
                      data-part="dismiss"
                      aria-label={t('overlay_dismiss_label')}
                      title={t('overlay_dismiss_label')}
                      onClick={() => actions.dismiss(h)}
                    >
                      <Cross />
                    </button>
                  </div>
                  {h.quote && (
                    <p class="quote" data-part="quote">
                      “{h.quote}”
                    </p>
                  )}
                  {h.explanation && (
                    <p class="why">
                      <b>{t('overlay_why')}</b> {h.explanation}
                    </p>
                  )}
                  {h.fixes.length > 0 && (
                    <div class="fixes">
                      {h.fixes.map((f, i) => (
                        <button
                          type="button"
                          class={i === 0 ? 'fix' : 'fix alt'}
                          data-fix={String(i)}
                          data-fix-text={f.text}
                          title={t('overlay_fix_title', [f.text.trim()])}
                          onClick={() => actions.fix(h, i)}
                        >
                          {f.label}
                        </button>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div class="foot">
            {silenced ? (
              <button type="button" class="link" data-part="unsilence" onClick={() => actions.unsilence()}>
                {t('overlay_unsilence')}
              </button>
            ) : (
              <button type="button" class="link" data-part="silence" onClick={() => actions.silence()}>
                {t('overlay_silence')}
              </button>
            )}
          </div>
        </div>
      )}
      <div class="sr" role="status" aria-live="polite" data-part="live">
        {notice ? notice.text : ''}
      </div>
    </div>
  );
}
