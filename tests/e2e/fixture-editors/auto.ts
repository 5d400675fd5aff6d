// Glue for the IIFE bundles: register the editor's mount() on window and mount it on #editor if present.
import type { FixtureEditor } from './types';

type Mount = (container: HTMLElement) => FixtureEditor | Promise<FixtureEditor>;

interface FixtureWindow {
  __fixtureEditors?: Record<string, Mount>;
  __editor?: FixtureEditor;
  __editorReady?: Promise<FixtureEditor>;
  __editorError?: string;
}

export function autoMount(name: string, mount: Mount): void {
  const w = window as unknown as FixtureWindow;
  (w.__fixtureEditors ??= {})[name] = mount;
  const start = () => {
    const el = document.getElementById('editor');
    if (!el) return;
    w.__editorReady = Promise.resolve(mount(el)).then(
      (editor) => (w.__editor = editor),
      (e: unknown) => {
        w.__editorError = String(e instanceof Error ? (e.stack ?? e.message) : e);
        throw e;
      },
    );
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
