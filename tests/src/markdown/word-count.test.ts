import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/markdown/word-count';
import { generatePost } from './generate-post';

const words = (text: string) => countWords(text).words;

describe('countWords', () => {
  it('counts plain words and gives no reading time for nothing', () => {
    expect(countWords('')).toEqual({ words: 0, readingMinutes: 0 });
    expect(countWords('  \n\n ')).toEqual({ words: 0, readingMinutes: 0 });
    expect(countWords('Hello, world!')).toEqual({ words: 2, readingMinutes: 1 });
  });

  it('excludes front matter', () => {
    expect(words('---\ntitle: A long title with many words\ntags: [a, b, c]\n---\nOne two three\n')).toBe(3);
    expect(words('+++\ntitle = "x y z"\n+++\nbody here')).toBe(2);
  });

  it('ignores Markdown syntax', () => {
    expect(words('# Heading\n\n**bold** _em_ ~~gone~~\n\n> quoted\n\n---\n')).toBe(5);
    expect(words('- [ ] task one\n- [x] done\n1. first\n2) second')).toBe(5);
    expect(words('| a | b |\n|---|---|\n| one | two |')).toBe(4);
  });

  it('does not count URLs, link destinations or reference definitions', () => {
    expect(words('See [the docs](https://example.com/a_b "A title") now')).toBe(4);
    expect(words('Visit https://x.org/path?q=1 or www.example.com or mailto:me@x.org today')).toBe(4);
    expect(words('![a stage photo](/assets/stage.jpg)')).toBe(3);
    expect(words('Read [this][ref].\n\n[ref]: https://x.org "Title here"')).toBe(2);
    expect(words('ftp://host/file word')).toBe(1);
  });

  it('does not count HTML tags, comments, entities or Liquid', () => {
    expect(words('<figure><img src="/a.jpg" alt="x y z"><figcaption>The hall</figcaption></figure>')).toBe(2);
    expect(words('<!-- a comment\nover lines --> after')).toBe(1);
    expect(words('Fish &amp; chips &copy;')).toBe(2);
    expect(words('{{ site.title }} {% include x.html %} word')).toBe(1);
    expect(words('2 < 3 and a<b')).toBe(5);
  });

  it('counts code as words', () => {
    expect(words('Run `npm install` first.\n\n```bash\nnpm run build --watch\n```\n')).toBe(8);
  });

  it('keeps contractions, hyphenations and numbers whole', () => {
    expect(words("don't e-mail me at 3.14 or 1,000 snake_case")).toBe(8);
  });

  it('counts CJK characters one each', () => {
    expect(words('日本語のテキスト')).toBe(8);
    expect(words('我爱 Lanyard 博客')).toBe(5);
    expect(words('한국어 문장')).toBe(2);
    expect(words('emoji 🎉 party 𠀀')).toBe(3);
  });

  it('reads at 230 words per minute, rounded up', () => {
    expect(countWords('word '.repeat(230)).readingMinutes).toBe(1);
    expect(countWords('word '.repeat(231)).readingMinutes).toBe(2);
    expect(countWords('word '.repeat(2300)).readingMinutes).toBe(10);
  });

  it('handles 1 MB in a few milliseconds', () => {
    const text = generatePost(1_000_000, 5);
    countWords(text); // warm up
    const times: number[] = [];
    let result = { words: 0, readingMinutes: 0 };
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      result = countWords(text);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(result.words).toBeGreaterThan(100_000);
    // Generous for shared, noisy machines; typically ~5 ms.
    expect(times[2]).toBeLessThan(250);
  });

  it('survives pathological input in linear time', () => {
    const start = performance.now();
    countWords('<a '.repeat(200_000) + '{{ '.repeat(100_000) + ']('.repeat(100_000) + '[x'.repeat(100_000));
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
