import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

// Colours, font, size and line width are CSS custom properties (styles.css, set from the app
// settings on the root element), so the theme and the look switch instantly, without
// reconfiguring any editor state.
const chrome = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--ed-text)',
    backgroundColor: 'var(--ed-bg)',
    fontSize: 'var(--ed-font-size)',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily: 'var(--ed-font)',
    lineHeight: '1.65',
  },
  '.cm-content': {
    maxWidth: 'var(--ed-line-width)',
    margin: '0 auto',
    padding: '1.75rem 2rem 40vh',
    caretColor: 'var(--ed-caret)',
  },
  '.cm-line': { padding: '0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--ed-caret)', borderLeftWidth: '2px' },
  '.cm-selectionBackground': { backgroundColor: 'var(--ed-selection-blur)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground': {
    backgroundColor: 'var(--ed-selection)',
  },
  '.cm-selectionMatch': { backgroundColor: 'var(--ed-match)' },
  '.cm-searchMatch': { backgroundColor: 'var(--ed-match)', outline: '1px solid var(--ed-match-border)' },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--ed-match-current)' },
  '.cm-panels': { backgroundColor: 'var(--surface-2)', color: 'var(--text)' },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
  '.cm-panel.cm-search': { padding: '6px 10px', fontFamily: 'var(--ui-font)', fontSize: '13px' },
  '.cm-panel.cm-search input, .cm-panel.cm-search button': { fontFamily: 'inherit', fontSize: 'inherit' },
  '.cm-panel.cm-search label': { fontSize: 'inherit' },
  '.cm-textfield': {
    border: '1px solid var(--border-strong)',
    borderRadius: '5px',
    background: 'var(--surface)',
    color: 'var(--text)',
    padding: '3px 6px',
  },
  '.cm-button': {
    backgroundImage: 'none',
    background: 'var(--surface)',
    border: '1px solid var(--border-strong)',
    borderRadius: '5px',
    color: 'var(--text)',
    padding: '3px 8px',
  },
  '.cm-specialChar': { color: 'var(--ed-invalid)' },
});

const highlight = HighlightStyle.define([
  { tag: t.heading1, fontSize: '1.45em', fontWeight: '700', color: 'var(--ed-heading)' },
  { tag: t.heading2, fontSize: '1.25em', fontWeight: '700', color: 'var(--ed-heading)' },
  { tag: t.heading3, fontSize: '1.1em', fontWeight: '650', color: 'var(--ed-heading)' },
  { tag: [t.heading4, t.heading5, t.heading6], fontWeight: '650', color: 'var(--ed-heading)' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: t.link, color: 'var(--ed-link)' },
  { tag: t.url, color: 'var(--ed-url)' },
  { tag: t.quote, color: 'var(--ed-quote)', fontStyle: 'italic' },
  { tag: t.monospace, fontFamily: 'var(--mono-font)', fontSize: '0.92em', color: 'var(--ed-code)' },
  { tag: [t.processingInstruction, t.contentSeparator], color: 'var(--ed-mark)' },
  { tag: [t.meta, t.documentMeta], color: 'var(--ed-meta)' },
  { tag: [t.keyword, t.operatorKeyword, t.controlKeyword, t.moduleKeyword], color: 'var(--ed-keyword)' },
  { tag: [t.string, t.special(t.string), t.regexp], color: 'var(--ed-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--ed-number)' },
  { tag: [t.comment, t.lineComment, t.blockComment], color: 'var(--ed-comment)', fontStyle: 'italic' },
  { tag: [t.propertyName, t.attributeName], color: 'var(--ed-property)' },
  { tag: [t.typeName, t.className, t.tagName], color: 'var(--ed-type)' },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: 'var(--ed-function)' },
  { tag: t.definition(t.variableName), color: 'var(--ed-property)' },
  { tag: t.invalid, color: 'var(--ed-invalid)' },
]);

/** Lanyard's editor look, light or dark as the app settings say. */
export function editorTheme(): Extension {
  return [chrome, syntaxHighlighting(highlight)];
}
