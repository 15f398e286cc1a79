import { syntaxTree } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { useEffect, useState, type RefObject } from 'react';
import { editorActivityEvent } from '../editor/editor-activity';
import { currentHeadingIndex, outlineHeadings, type OutlineHeading } from './outline-headings';

/** The open post's headings and the one whose section holds the cursor (-1: none). */
export interface OutlineState {
  headings: OutlineHeading[];
  current: number;
}

const empty: OutlineState = { headings: [], current: -1 };

/**
 * Follows the editor while `active`: headings again when the text or its parse changed, the
 * current section whenever the cursor moved.
 */
export function useOutline(editorView: RefObject<EditorView | null>, active: boolean): OutlineState {
  const [outline, setOutline] = useState<OutlineState>(empty);
  useEffect(() => {
    if (!active) return;
    let lastTree: unknown = null;
    let headings: OutlineHeading[] = [];
    const follow = (view: EditorView | null) => {
      if (!view) return setOutline(empty);
      const tree = syntaxTree(view.state);
      if (tree !== lastTree) {
        lastTree = tree;
        headings = outlineHeadings(view.state);
      }
      const current = currentHeadingIndex(headings, view.state.selection.main.head);
      setOutline((shown) => (shown.headings === headings && shown.current === current ? shown : { headings, current }));
    };
    follow(editorView.current);
    const onActivity = (event: Event) => {
      if (event.target instanceof HTMLElement) follow(EditorView.findFromDOM(event.target));
    };
    document.addEventListener(editorActivityEvent, onActivity);
    return () => document.removeEventListener(editorActivityEvent, onActivity);
  }, [editorView, active]);
  return active ? outline : empty;
}
