/** Copy text to the clipboard when a fix could not be inserted, so the seller can paste it by hand. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const nav = doc.defaultView?.navigator ?? navigator;
  try {
    if (nav.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* not focused / no permission: try the copy command */
  }
  // execCommand('copy') with our own data, set from a capturing `copy` listener: it does not move the
  // selection or the focus out of the editor, and the editor's own copy handler never sees the event.
  const win = doc.defaultView ?? window;
  let wrote = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    e.stopImmediatePropagation();
    wrote = true;
  };
  win.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } catch {
    /* ignore */
  } finally {
    win.removeEventListener('copy', onCopy, true);
  }
  return wrote;
}
