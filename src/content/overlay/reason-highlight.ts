/**
 * Softly marks the sentence a hint is about while the seller hovers or focuses the hint: the CSS Custom Highlight
 * API over a Range of the editor's text, so neither the page's DOM nor the editor's model changes. Its one style
 * rule is an adopted stylesheet of the editor's document (not an element in it). Where the editor gives no Range
 * (a textarea) or the browser lacks the API, nothing is marked.
 */
const NAME = 'reply-coach-reason';
const styled = new WeakSet<Document>();

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet: typeof CSSStyleSheet;
}

function style(doc: Document, win: HighlightWindow): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(`::highlight(${NAME}) { background-color: rgba(250, 204, 21, 0.38); }`);
    doc.adoptedStyleSheets.push(sheet);
  } catch {
    /* no constructable sheets here: the highlight stays unstyled (invisible) */
  }
}

let marked: HighlightWindow | null = null;

export function markReason(range: Range | null): void {
  clearReason();
  const doc = range?.startContainer.ownerDocument;
  const win = doc?.defaultView as unknown as HighlightWindow | null | undefined;
  if (!range || !doc || !win?.CSS?.highlights || !win.Highlight) return;
  try {
    style(doc, win);
    win.CSS.highlights.set(NAME, new win.Highlight(range));
    marked = win;
  } catch {
    /* a page that replaced the registry: no mark */
  }
}

export function clearReason(): void {
  try {
    marked?.CSS?.highlights?.delete(NAME);
  } catch {
    /* the document is gone */
  }
  marked = null;
}
