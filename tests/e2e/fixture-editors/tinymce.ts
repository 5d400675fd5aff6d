// TinyMCE 8, self-hosted from the npm package, classic (iframe) mode, GPL licence key. Skins are bundled in.
import tinymce from 'tinymce';
import 'tinymce/models/dom/model';
import 'tinymce/themes/silver/theme';
import 'tinymce/icons/default/icons';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import type { AstNode } from 'tinymce';
import type { FixtureEditor } from './types';

/** Text of a serialized block: its text nodes, <br> as "\n" (a last <br> only holds the block open), NBSP as space. */
function blockText(block: AstNode): string {
  let out = '';
  const walk = (n: AstNode) => {
    for (let c = n.firstChild; c; c = c.next) {
      if (c.type === 3) out += (c.value ?? '').replace(/\u00a0/g, ' ');
      else if (c.name === 'br') out += c.next ? '\n' : '';
      else walk(c);
    }
  };
  walk(block);
  // An empty paragraph is serialized as <p>&nbsp;</p>.
  return block.firstChild && !block.firstChild.next && block.firstChild.value === '\u00a0' ? '' : out;
}

export async function mount(container: HTMLElement): Promise<FixtureEditor> {
  const target = document.createElement('textarea');
  container.append(target);
  const [editor] = await tinymce.init({
    target,
    license_key: 'gpl',
    skin_url: 'default',
    content_css: 'default',
    menubar: false,
    statusbar: false,
    promotion: false,
    branding: false,
    toolbar: 'undo redo | bold italic',
    height: 220,
  });
  if (!editor) throw new Error('tinymce did not start');
  const iframe = editor.iframeElement as HTMLIFrameElement;
  return {
    name: 'tinymce',
    editable: iframe,
    // The serializer's tree of the content (getContent's own model): paragraphs, which have margins, joined by
    // "\n\n". (format: 'text' reads an empty paragraph as one more "\n".)
    getText: () => {
      const tree = editor.getContent({ format: 'tree' });
      const blocks: string[] = [];
      for (let b = tree.firstChild; b; b = b.next) blocks.push(blockText(b));
      return blocks.join('\n\n');
    },
  };
}
