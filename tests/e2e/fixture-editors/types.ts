/** What every fixture editor's `mount()` returns; the IIFE bundle also puts it on `window.__editor`. */
export interface FixtureEditor {
  /** Library name, e.g. 'lexical'. */
  readonly name: string;
  /** The element the user types into (for iframe editors: the iframe element itself). */
  readonly editable: HTMLElement;
  /** The text as the editor's own model/API reports it (not the DOM). */
  getText(): string;
}
