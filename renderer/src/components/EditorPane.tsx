import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DocumentManager, DocumentSnapshot, EditorSurface } from '../documents/document-manager';
import { ConflictBar } from './ConflictBar';
import { DiskVersion } from './DiskVersion';

interface EditorPaneProps {
  manager: DocumentManager;
  snapshot: DocumentSnapshot;
  title: string | null;
  /** The front matter form, shown above the text. */
  frontMatter: ReactNode;
  /** Photo import progress and the image check, shown above the front matter. */
  imageBars: ReactNode;
  previewVisible: boolean;
  onTogglePreview: () => void;
  onInsertImage: () => void;
  onPublish: () => void;
  /** The editor, for inserting photos where the cursor is; null once it is gone. */
  onView: (view: EditorView | null) => void;
}

/** Wraps the EditorView for the DocumentManager, which swaps each post's state in and out. */
function surfaceOf(view: EditorView): EditorSurface {
  return {
    get state() {
      return view.state;
    },
    show(state, scroll) {
      view.setState(state);
      view.dispatch({ effects: scroll ?? EditorView.scrollIntoView(0, { y: 'start' }) });
    },
    dispatch: (spec) => view.dispatch(spec),
    scrollSnapshot: () => view.scrollSnapshot(),
    reveal: (pos) => view.dispatch({ effects: EditorView.scrollIntoView(pos, { y: 'nearest' }) }),
    focus: () => view.focus(),
  };
}

/** The editor column: the post's header, any notices about it, and CodeMirror. */
export function EditorPane({
  manager,
  snapshot,
  title,
  frontMatter,
  imageBars,
  previewVisible,
  onTogglePreview,
  onInsertImage,
  onPublish,
  onView,
}: EditorPaneProps) {
  const host = useRef<HTMLDivElement>(null);
  const [resolving, setResolving] = useState(false);

  useEffect(() => {
    if (!host.current) return;
    const view = new EditorView({ parent: host.current });
    const surface = surfaceOf(view);
    manager.attach(surface);
    onView(view);
    return () => {
      onView(null);
      manager.detach(surface);
      view.destroy();
    };
  }, [manager, onView]);

  const { activeId, loadingId, conflict, comparing, readOnly, status, siteGone } = snapshot;
  const keepMine = () => {
    setResolving(true);
    void manager.keepMine().finally(() => setResolving(false));
  };

  return (
    <main className="editor-pane" aria-label="Editor">
      <header className="pane-header editor-header">
        <h1 className="post-heading" title={activeId ?? undefined}>
          {title ?? (loadingId ? 'Opening…' : 'No post open')}
          {activeId && status !== 'saved' && (
            <span className={`dirty-dot dirty-dot-${status}`} aria-hidden="true" title="Not saved yet" />
          )}
        </h1>
        <span className="editor-header-actions">
          <button
            type="button"
            className="button small"
            disabled={!activeId || readOnly || siteGone !== null}
            title="Add photos at the cursor; you can also drop or paste them"
            onClick={onInsertImage}
          >
            Insert image…
          </button>
          <button
            type="button"
            className="button small"
            aria-pressed={previewVisible}
            title="Show or hide the preview (Ctrl/⌘+Shift+P)"
            onClick={onTogglePreview}
          >
            Preview
          </button>
          <button
            type="button"
            className="button small primary"
            disabled={!activeId || siteGone !== null}
            title="Commit and push this post (Ctrl/⌘+Alt+P)"
            onClick={onPublish}
          >
            Publish
          </button>
        </span>
      </header>
      {conflict && (
        <ConflictBar
          conflict={conflict}
          comparing={comparing}
          busy={resolving || status === 'saving'}
          onReloadTheirs={() => manager.reloadTheirs()}
          onKeepMine={keepMine}
          onShowBoth={() => manager.setComparing(!comparing)}
          onDiscardMine={() => manager.discardMine()}
        />
      )}
      {activeId && readOnly && (
        <p className="bar bar-info" role="note">
          This file is read-only on disk
        </p>
      )}
      {activeId && imageBars}
      {activeId && frontMatter}
      <div className="editor-columns">
        <div className="editor-host" ref={host} hidden={!activeId} />
        {comparing && conflict?.diskText != null && (
          <DiskVersion
            text={conflict.diskText}
            readMine={() => manager.activeText() ?? ''}
            onClose={() => manager.setComparing(false)}
          />
        )}
        {!activeId && (
          <div className="editor-empty">
            <p>{loadingId ? 'Opening the post…' : 'Pick a post from the list, or start a new one.'}</p>
          </div>
        )}
      </div>
    </main>
  );
}
