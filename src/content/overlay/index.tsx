/**
 * One overlay per hooked box: the badge and the panel (./Overlay.tsx) in their own element (./host.ts), placed at
 * the box (./placement.ts). It sits in the top document we run in, also for a box inside an iframe (TinyMCE,
 * Proton's composer, designMode documents), so an iframe too small for the panel never clips it and the editor's own
 * document stays untouched.
 */
import { render } from 'preact';
import { anchorOf } from '../anchor';
import { createHost } from './host';
import { Overlay, type OverlayActions, type OverlayState, type Translate } from './Overlay';
import { OverlayPlacement } from './placement';

export type { OverlayActions, OverlayState, Translate } from './Overlay';

export interface OverlayHandle {
  readonly host: HTMLElement;
  render(state: OverlayState): void;
  /** Move keyboard focus to the first control of the open panel. */
  focusPanel(): void;
  /** Whether focus is inside the overlay. */
  hasFocus(): boolean;
  destroy(): void;
}

export interface OverlayOptions {
  /** The box the seller types into (for an iframe editor, its body). */
  box: HTMLElement;
  actions: OverlayActions;
  t: Translate;
  /** The overlay's language (settings may change it while the overlay is up). */
  lang(): string;
  /** Send buttons next to the box, in their own documents; the badge keeps off them. */
  sendButtons(): HTMLElement[];
  /** The box is gone from the page. */
  onGone(): void;
}

export function createOverlay(opts: OverlayOptions): OverlayHandle {
  const top = document;
  const { host, shadow, mount } = createHost(top);
  const placement = new OverlayPlacement({
    box: opts.box,
    anchor: anchorOf(opts.box),
    top,
    sendButtons: opts.sendButtons,
    onGone: opts.onGone,
    scratch: shadow,
  });
  let destroyed = false;
  return {
    host,
    render(state) {
      if (destroyed) return;
      render(<Overlay state={state} actions={opts.actions} t={opts.t} lang={opts.lang()} />, mount);
      placement.follow(
        shadow.querySelector<HTMLElement>('[data-part="badge"]'),
        shadow.querySelector<HTMLElement>('[data-part="panel"]'),
      );
    },
    focusPanel() {
      const first =
        shadow.querySelector<HTMLElement>('[data-part="panel"] button[data-fix]') ??
        shadow.querySelector<HTMLElement>('[data-part="panel"] button');
      first?.focus();
    },
    hasFocus() {
      return !!shadow.activeElement;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      placement.destroy();
      try {
        render(null, mount);
      } catch {
        /* page already gone */
      }
      host.remove();
    },
  };
}
