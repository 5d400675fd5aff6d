/**
 * roosterjs (Outlook on the web, Proton Mail). A native insertText is not one of roosterjs's undo snapshots
 * (Ctrl+Z would also take the last typed word), so the text goes in as a synthetic paste, which roosterjs wraps
 * in snapshots of its own.
 *
 * How roosterjs shows on the DOM (roosterjs-content-model-core): its content div gets `user-select: text`
 * inline when roosterjs made it editable (LifecyclePlugin), an id `contentDiv_N` once it styles it
 * (setEditorStyle + ensureUniqueId) with <style data-roosterjs-style-key> rules for that id, and every indexed
 * node carries `__roosterjsContentModel` (visible only from the page's own world). Where a site names its
 * roosterjs hosts before roosterjs marks them (Outlook's, Proton's ids), the site file says so (EditorHints).
 */
import { RichAdapter, type EditorPlace } from './rich-adapter';

function hasRoosterStyleFor(root: HTMLElement): boolean {
  if (!root.id) return false;
  const scope = root.getRootNode() as Document | ShadowRoot;
  const selector = `#${root.id}`;
  for (const style of Array.from(scope.querySelectorAll<HTMLStyleElement>('style[data-roosterjs-style-key]'))) {
    try {
      if (Array.from(style.sheet?.cssRules ?? []).some((r) => r.cssText.includes(selector))) return true;
    } catch {
      /* unreadable sheet */
    }
  }
  return false;
}

function hasRoosterIndex(root: HTMLElement): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let i = 0; i < 20 && walker.nextNode(); i++) {
    if ('__roosterjsContentModel' in walker.currentNode) return true;
  }
  return false;
}

/** Does `root` match one of the site's roosterjs host selectors (an invalid one matches nothing)? */
function namedBySite(root: HTMLElement, hosts: readonly string[]): boolean {
  return hosts.some((sel) => {
    try {
      return root.matches(sel);
    } catch {
      return false;
    }
  });
}

/** `hosts`: selectors the site file gives for its roosterjs editing hosts (EditorHints.roosterjs). */
export function isRoosterJs(root: HTMLElement, hosts: readonly string[] = []): boolean {
  if (namedBySite(root, hosts)) return true;
  if (/^contentDiv_\d+$/.test(root.id)) return true;
  if (root.tagName === 'DIV' && root.style.userSelect === 'text' && root.getAttribute('contenteditable') === 'true') {
    return true;
  }
  return hasRoosterStyleFor(root) || hasRoosterIndex(root);
}

/**
 * roosterjs pastes plain text line by line (textToFragment): the first line joins the paragraph at the caret,
 * middle lines become <div>s, the last joins the rest of that paragraph. An empty first line makes no paragraph
 * at all, so the first blank line of "\n\nDoes everything look right?" would vanish; one more leading "\n"
 * gives roosterjs the empty first line it then merges (as an invisible trailing <br>) into the caret's paragraph.
 */
function keepLeadingBreak(text: string): string {
  return text.startsWith('\n') ? `\n${text}` : text;
}

export function roosterJsAdapter(root: HTMLElement, place: EditorPlace = {}): RichAdapter {
  return new RichAdapter({
    kind: 'roosterjs',
    root,
    ...place,
    paths: ['paste', 'execCommand'],
    reshape: keepLeadingBreak,
  });
}
