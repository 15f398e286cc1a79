import { describe, expect, it } from 'vitest';
import { parserMessage, unparseableConfig } from '../../../../src/site/node/site-problem';

describe('parserMessage', () => {
  it('never shows the absolute path an I/O error names', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/home/me/blog/_config.yml'"), {
      code: 'EACCES',
    });
    expect(parserMessage(denied)).toBe('EACCES: permission denied');
  });

  it('keeps the first line of a multi-line message and adds the line a parser reports apart', () => {
    const toml = Object.assign(new Error('Invalid TOML document: bad key\n\n2:  = nope\n    ^\n'), { line: 2 });
    expect(parserMessage(toml)).toBe('Invalid TOML document: bad key (line 2)');
    const yaml = Object.assign(new Error('Unexpected : at line 3, column 5:\n\n  : :\n'), { linePos: [{ line: 3 }] });
    expect(parserMessage(yaml)).toBe('Unexpected : at line 3, column 5');
    expect(parserMessage(new SyntaxError('Unexpected end of JSON input'))).toBe('Unexpected end of JSON input');
  });
});

describe('unparseableConfig', () => {
  it('names the file and says the folder opened as plain Markdown', () => {
    const problem = unparseableConfig('_config.yml', new Error('bad'));
    expect(problem.name).toBe('SiteProblem');
    expect(problem.message).toBe(
      '_config.yml could not be read: bad. Lanyard opened the folder as plain Markdown; fix this and open it again to get the site’s layout.',
    );
  });
});
