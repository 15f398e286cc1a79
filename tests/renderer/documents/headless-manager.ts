import { EditorState, type StateEffect, type TransactionSpec } from '@codemirror/state';
import { DocumentManager, type EditorSurface } from '../../../renderer/src/documents/document-manager';
import { postEditorExtensions } from '../../../renderer/src/editor/editor-extensions';
import { FakePostsApi } from './fake-posts-api';

/** Stands in for the EditorView: holds the state and reports updates like its update listener. */
export class HeadlessSurface implements EditorSurface {
  state = EditorState.create();
  constructor(private readonly manager: () => DocumentManager) {}
  show(state: EditorState, _scroll: StateEffect<unknown> | null): void {
    this.state = state;
  }
  // An arrow function: commands call `dispatch` unbound, as they may with a view.
  readonly dispatch = (spec: TransactionSpec): void => {
    const tr = this.state.update(spec);
    this.state = tr.state;
    this.manager().noteUpdate({ docChanged: tr.docChanged, state: tr.state });
  };
  scrollSnapshot(): null {
    return null;
  }
  readonly revealed: number[] = [];
  reveal(pos: number): void {
    this.revealed.push(pos);
  }
  type(text: string): void {
    this.dispatch({ changes: { from: this.state.doc.length, insert: text }, userEvent: 'input.type' });
  }
}

/** A manager over the fake posts API, shown on a headless surface. */
export function setupManager(siteRoot?: string) {
  const api = new FakePostsApi();
  const errors: unknown[] = [];
  const hooks = { onUpdate: () => {}, onTopLine: () => {} };
  const manager: DocumentManager = new DocumentManager({
    api,
    createState: (text, readOnly) =>
      EditorState.create({ doc: text, extensions: postEditorExtensions({ readOnly, hooks }) }),
    reportError: (error) => errors.push(error),
    ...(siteRoot === undefined ? {} : { siteRoot }),
  });
  const surface = new HeadlessSurface(() => manager);
  manager.attach(surface);
  return { api, manager, surface, errors };
}
