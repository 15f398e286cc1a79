import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../../../src/git/node/redact-url';

describe('redactUrl', () => {
  it.each([
    ['https://user:secret@github.com/ada/blog.git', 'https://***@github.com/ada/blog.git'],
    ['http://ghp_token123@example.com:8080/blog.git', 'http://***@example.com:8080/blog.git'],
    ['HTTPS://user:s3cr3t@host/x', 'HTTPS://***@host/x'],
    ['https://user:p@ss@host/x', 'https://***@host/x'],
    ['ssh://git:hunter2@host/blog.git', 'ssh://***@host/blog.git'],
    ['git@github.com:ada/blog.git', 'git@github.com:ada/blog.git'],
    ['ssh://git@github.com/ada/blog.git', 'ssh://git@github.com/ada/blog.git'],
    ['https://github.com/ada/blog.git', 'https://github.com/ada/blog.git'],
    ['https://github.com/ada/blog@v2', 'https://github.com/ada/blog@v2'],
    ['/home/ada/blog', '/home/ada/blog'],
  ])('%s → %s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });

  it('redacts every URL in a longer text and leaves the rest alone', () => {
    const text =
      "fatal: unable to access 'https://ada:secret@example.com/blog.git/': The requested URL returned error: 401\n" +
      'remote: see https://token@ci.example.com/build/7 or mail ada@example.com';
    expect(redactUrl(text)).toBe(
      "fatal: unable to access 'https://***@example.com/blog.git/': The requested URL returned error: 401\n" +
        'remote: see https://***@ci.example.com/build/7 or mail ada@example.com',
    );
  });
});
