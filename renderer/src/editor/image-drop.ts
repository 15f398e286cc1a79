import type { Extension } from '@codemirror/state';
import { EditorView, ViewPlugin, type PluginValue } from '@codemirror/view';
import { isPhotoPaste } from '../images/photo-files';

interface CaretBox {
  left: number;
  top: number;
  height: number;
}

/** True when a drag carries files (from a file manager, or an image from a web page). */
export const carriesFiles = (transfer: DataTransfer | null): transfer is DataTransfer =>
  transfer !== null && Array.from(transfer.types).includes('Files');

function clipboardFiles(data: DataTransfer): File[] {
  if (data.files.length > 0) return [...data.files];
  return [...data.items].flatMap((item) => (item.kind === 'file' ? (item.getAsFile() ?? []) : []));
}

/**
 * Files dragged over the editor: accepted anywhere in it (the margins beside the text column
 * too), with a caret where they will go. Listens in the capture phase so CodeMirror never
 * reads a dropped photo as text; dragged text passes through untouched.
 */
class FileDropTarget implements PluginValue {
  private caret: HTMLElement | null = null;
  private pos: number | null = null;

  constructor(
    private readonly view: EditorView,
    private readonly onFiles: (files: File[]) => void,
  ) {
    const target = view.scrollDOM;
    target.addEventListener('dragenter', this.over, true);
    target.addEventListener('dragover', this.over, true);
    target.addEventListener('dragleave', this.leave, true);
    target.addEventListener('drop', this.drop, true);
  }

  destroy(): void {
    const target = this.view.scrollDOM;
    target.removeEventListener('dragenter', this.over, true);
    target.removeEventListener('dragover', this.over, true);
    target.removeEventListener('dragleave', this.leave, true);
    target.removeEventListener('drop', this.drop, true);
    this.caret?.remove();
    this.view.dom.classList.remove('cm-photoDragOver');
  }

  private readonly over = (event: DragEvent): void => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    const editable = !this.view.state.readOnly;
    event.dataTransfer.dropEffect = editable ? 'copy' : 'none';
    this.show(editable ? this.view.posAtCoords({ x: event.clientX, y: event.clientY }, false) : null);
  };

  private readonly leave = (event: DragEvent): void => {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || !this.view.scrollDOM.contains(to)) this.show(null);
  };

  private readonly drop = (event: DragEvent): void => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    this.show(null);
    const files = [...event.dataTransfer.files];
    if (files.length === 0 || this.view.state.readOnly) return;
    const pos = this.view.posAtCoords({ x: event.clientX, y: event.clientY }, false);
    this.view.dispatch({ selection: { anchor: pos }, userEvent: 'select.pointer' });
    this.view.focus();
    this.onFiles(files);
  };

  private show(pos: number | null): void {
    this.view.dom.classList.toggle('cm-photoDragOver', pos !== null);
    if (pos === this.pos) return;
    this.pos = pos;
    this.view.requestMeasure({ key: this, read: () => this.measure(), write: (box) => this.draw(box) });
  }

  private measure(): CaretBox | null {
    const rect = this.pos === null ? null : this.view.coordsAtPos(this.pos);
    if (!rect) return null;
    const { scrollDOM, scaleX, scaleY } = this.view;
    const outer = scrollDOM.getBoundingClientRect();
    return {
      left: (rect.left - outer.left + scrollDOM.scrollLeft * scaleX) / scaleX,
      top: (rect.top - outer.top + scrollDOM.scrollTop * scaleY) / scaleY,
      height: (rect.bottom - rect.top) / scaleY,
    };
  }

  private draw(box: CaretBox | null): void {
    if (!box) {
      this.caret?.remove();
      this.caret = null;
      return;
    }
    if (!this.caret) {
      // CodeMirror's own drop cursor class, so the theme draws both alike.
      this.caret = document.createElement('div');
      this.caret.className = 'cm-dropCursor';
      this.caret.setAttribute('aria-hidden', 'true');
    }
    if (!this.caret.isConnected) this.view.scrollDOM.appendChild(this.caret);
    this.caret.style.left = `${box.left}px`;
    this.caret.style.top = `${box.top}px`;
    this.caret.style.height = `${box.height}px`;
  }
}

/**
 * Photos dropped on the editor or pasted into it go to `onFiles` (the cursor first moves to
 * where they were dropped); text drops and text pastes stay CodeMirror's.
 */
export function imageDrop(onFiles: (files: File[]) => void): Extension {
  return [
    ViewPlugin.define((view) => new FileDropTarget(view, onFiles)),
    EditorView.domEventHandlers({
      paste(event, view) {
        const data = event.clipboardData;
        if (!data || view.state.readOnly) return false;
        const files = clipboardFiles(data);
        if (!isPhotoPaste(files, data.getData('text/plain'))) return false;
        onFiles(files);
        return true;
      },
    }),
  ];
}
