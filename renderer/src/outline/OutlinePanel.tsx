import { EditorView } from '@codemirror/view';
import { useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { OutlineHeading } from './outline-headings';
import { useOutline } from './useOutline';
import './outline.css';

interface OutlinePanelProps {
  editorView: RefObject<EditorView | null>;
  onClose: () => void;
}

function jumpTo(view: EditorView, heading: OutlineHeading): void {
  view.dispatch({
    selection: { anchor: view.state.doc.lineAt(heading.from).to },
    effects: EditorView.scrollIntoView(heading.from, { y: 'start', yMargin: 24 }),
  });
  view.focus();
}

/**
 * The post's headings, indented by level, the current section marked: choosing one puts the
 * cursor at the end of that heading and scrolls it to the top. Up and Down move between them.
 */
export function OutlinePanel({ editorView, onClose }: OutlinePanelProps) {
  const titleId = useId();
  const list = useRef<HTMLOListElement>(null);
  const { headings, current } = useOutline(editorView, true);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return (
    <aside className="outline-panel" aria-labelledby={titleId}>
      <header className="outline-header">
        <h2 id={titleId}>Outline</h2>
        <button type="button" className="outline-close" aria-label="Close outline" onClick={onClose}>
          ×
        </button>
      </header>
      {headings.length === 0 ? (
        <p className="outline-empty">No headings in this post.</p>
      ) : (
        <ol ref={list} className="outline-list" onKeyDown={onKeyDown}>
          {headings.map((heading, index) => (
            <li key={index} style={{ paddingInlineStart: `${(heading.level - 1) * 12}px` }}>
              <button
                type="button"
                className="outline-item"
                aria-current={index === current ? 'location' : undefined}
                onClick={() => {
                  const view = editorView.current;
                  if (view) jumpTo(view, heading);
                }}
              >
                {heading.text || 'Untitled heading'}
              </button>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
