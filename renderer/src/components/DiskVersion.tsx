import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { minimalChange } from '../documents/text-diff';
import { comparisonExtensions } from '../editor/editor-extensions';

interface DiskVersionProps {
  text: string;
  /** The editor's text, to open the disk's at the first place where they differ. */
  readMine: () => string;
  onClose: () => void;
}

/** "Show both": the file's text on disk, read-only, beside the editor until dismissed. */
export function DiskVersion({ text, readMine, onClose }: DiskVersionProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const firstDifference = minimalChange(readMine(), text)?.from ?? 0;
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({ doc: text, extensions: comparisonExtensions('Version on disk') }),
    });
    view.dispatch({ effects: EditorView.scrollIntoView(firstDifference, { y: 'center' }) });
    return () => view.destroy();
    // Only a new disk text rebuilds the view; the writer's typing must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  return (
    <section className="disk-version" aria-label="Version on disk">
      <header className="pane-header">
        <h2>On disk</h2>
        <button type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="editor-host" ref={host} />
    </section>
  );
}
