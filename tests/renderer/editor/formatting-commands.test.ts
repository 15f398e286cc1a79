import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { toggleBold, toggleItalic, toggleLink } from '../../../renderer/src/editor/formatting-commands';
import { run } from './state-strings';

describe('toggleBold', () => {
  it.each([
    ['wraps a selection', 'a <word> b', 'a **<word>** b'],
    ['unwraps markers around the selection', 'a **<word>** b', 'a <word> b'],
    ['unwraps markers inside the selection', 'a <**word**> b', 'a <word> b'],
    ['inserts **** with the cursor inside on an empty selection', 'a | b', 'a **|** b'],
    ['removes an empty pair around the cursor', 'a **|** b', 'a | b'],
    ['keeps whitespace outside the markers', 'a< word >b', 'a **<word>** b'],
    ['treats a whitespace-only selection as a cursor', 'a<  >b', 'a  **|**b'],
    ['adds bold to italic text', '*<word>*', '***<word>***'],
    ['removes bold from bold italic text', '***<word>***', '*<word>*'],
    ['recognises underscore bold', '__<word>__', '<word>'],
    ['handles every range of a multiple selection', '<one> and <two>', '**<one>** and **<two>**'],
    ['wraps text across lines', 'a <b\nc> d', 'a **<b\nc>** d'],
  ])('%s', (_name, before, after) => {
    expect(run(toggleBold, before)).toBe(after);
  });

  it('toggles back to the original text', () => {
    const once = run(toggleBold, 'say <hello> there');
    expect(once).toBe('say **<hello>** there');
    expect(run(toggleBold, once ?? '')).toBe('say <hello> there');
  });

  it('does nothing in a read-only post', () => {
    expect(run(toggleBold, 'a <word> b', EditorState.readOnly.of(true))).toBeNull();
  });
});

describe('toggleItalic', () => {
  it.each([
    ['wraps a selection', 'a <word> b', 'a *<word>* b'],
    ['unwraps markers around the selection', 'a *<word>* b', 'a <word> b'],
    ['unwraps markers inside the selection', '<*word*>', '<word>'],
    ['unwraps underscore emphasis', '_<word>_', '<word>'],
    ['inserts ** with the cursor inside', 'a | b', 'a *|* b'],
    ['removes an empty pair around the cursor', 'a *|* b', 'a | b'],
    ['adds italic to bold text instead of eating a bold marker', '**<word>**', '***<word>***'],
    ['removes italic from bold italic text', '***<word>***', '**<word>**'],
    ['wraps bold text selected with its markers', '<**word**>', '*<**word**>*'],
  ])('%s', (_name, before, after) => {
    expect(run(toggleItalic, before)).toBe(after);
  });
});

describe('toggleLink', () => {
  it.each([
    ['wraps a selection and puts the cursor where the URL goes', 'see <the docs> now', 'see [the docs](|) now'],
    ['inserts an empty link with the cursor in the text on an empty selection', 'a | b', 'a [|]() b'],
    ['uses a selected URL as the target', 'go <https://example.com> now', 'go [|](https://example.com) now'],
    ['removes a link around the selected text', 'see [<the docs>](https://x.org) now', 'see <the docs> now'],
    ['removes a selected link', 'see <[the docs](https://x.org)> now', 'see <the docs> now'],
    ['removes an empty skeleton around the cursor', 'a [|]() b', 'a | b'],
    ['keeps whitespace outside the link', 'a< word >b', 'a [word](|) b'],
  ])('%s', (_name, before, after) => {
    expect(run(toggleLink, before)).toBe(after);
  });

  it('never drops a URL when the cursor sits in a link text', () => {
    expect(run(toggleLink, '[|](https://x.org)')).toBe('[[|]()](https://x.org)');
  });
});
