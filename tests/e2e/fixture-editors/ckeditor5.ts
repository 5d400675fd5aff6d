// CKEditor 5 (classic build from the `ckeditor5` package, open-source GPL licence key).
import { BlockQuote, Bold, ClassicEditor, Essentials, Italic, Paragraph } from 'ckeditor5';
import type { ModelElement as CkElement, ModelNode as CkNode } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import type { FixtureEditor } from './types';

function blockText(block: CkElement): string {
  let out = '';
  for (const child of block.getChildren() as Iterable<CkNode>) {
    if (child.is('$text')) out += child.data;
    else if (child.is('element', 'softBreak')) out += '\n';
  }
  return out;
}

export async function mount(container: HTMLElement): Promise<FixtureEditor> {
  const host = document.createElement('div');
  container.append(host);
  const editor = await ClassicEditor.create(host, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, BlockQuote],
    toolbar: ['bold', 'italic', 'blockQuote', '|', 'undo', 'redo'],
  });
  const editable = editor.ui.getEditableElement() as HTMLElement;
  return {
    name: 'ckeditor5',
    editable,
    // The model's paragraphs, joined the way they render (paragraphs have margins): "\n\n".
    getText: () => {
      const root = editor.model.document.getRoot()!;
      const blocks: string[] = [];
      for (const child of root.getChildren() as Iterable<CkNode>) {
        if (child.is('element')) blocks.push(blockText(child));
      }
      return blocks.join('\n\n');
    },
  };
}
