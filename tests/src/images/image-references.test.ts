import { describe, expect, it } from 'vitest';
import { imageReferences } from '../../../src/images/image-references';

const urls = (text: string) => imageReferences(text).map((reference) => reference.url);

describe('imageReferences', () => {
  it('finds inline Markdown images with titles, angle brackets, parentheses and escapes', () => {
    const text = [
      '# Day 1',
      '![Stage](/assets/images/stage.jpg "The stage")',
      'Text ![Crowd [wide]](crowd.png) and ![](</my photos/a (1).jpg>) too.',
      '![Paren](/img/a_(b).jpg) ![Escaped](/img/a\\)b.jpg)',
      '\\![not an image](/nope.jpg)',
    ].join('\n');
    expect(imageReferences(text)).toEqual([
      { url: '/assets/images/stage.jpg', line: 2 },
      { url: 'crowd.png', line: 3 },
      { url: '/my photos/a (1).jpg', line: 3 },
      { url: '/img/a_(b).jpg', line: 4 },
      { url: '/img/a)b.jpg', line: 4 },
    ]);
  });

  it('resolves reference images through their definitions, wherever those are', () => {
    const text = [
      '![Full][Stage Shot] ![Collapsed][] ![Shortcut] ![No definition][missing]',
      '[Link text][stage shot] is a link, not an image.',
      '',
      '[stage   SHOT]: /assets/images/stage.jpg "Title"',
      '[collapsed]: <collapsed image.png>',
      '[shortcut]:',
      '  /shortcut.png',
    ].join('\n');
    expect(imageReferences(text)).toEqual([
      { url: '/assets/images/stage.jpg', line: 1 },
      { url: 'collapsed image.png', line: 1 },
      { url: '/shortcut.png', line: 1 },
    ]);
  });

  it('finds img tags with any quoting, across lines, and Liquid URLs as written', () => {
    const text = [
      '<img src="/a.jpg" alt="A"> <IMG alt=\'x > y\' src=\'/b.jpg\'> <img src=/c.jpg>',
      '<figure>',
      '  <img',
      '    class="wide"',
      '    src="{{ site.baseurl }}/d.jpg">',
      '</figure>',
      '![Liquid]({{ site.baseurl }}/assets/e.jpg) ![Filter]({{ "/assets/f.jpg" | relative_url }})',
      '<imgx src="/not-img.jpg">',
    ].join('\n');
    expect(imageReferences(text)).toEqual([
      { url: '/a.jpg', line: 1 },
      { url: '/b.jpg', line: 1 },
      { url: '/c.jpg', line: 1 },
      { url: '{{ site.baseurl }}/d.jpg', line: 3 },
      { url: '{{ site.baseurl }}/assets/e.jpg', line: 7 },
      { url: '{{ "/assets/f.jpg" | relative_url }}', line: 7 },
    ]);
  });

  it('reads image, cover and thumbnail from YAML, TOML and JSON front matter', () => {
    const yaml = [
      '---',
      'title: "Day 1"',
      'image: /assets/images/cover.jpg # the card',
      "cover: 'it''s.png'",
      'header:',
      '  thumbnail: "/assets/thumb.jpg"',
      'featured: true',
      'image_alt: nothing',
      'thumbnail: true',
      'cover: |',
      '  /block.png',
      '---',
      '![Body](/body.jpg)',
    ].join('\n');
    expect(imageReferences(yaml)).toEqual([
      { url: '/assets/images/cover.jpg', line: 3 },
      { url: "it's.png", line: 4 },
      { url: '/assets/thumb.jpg', line: 6 },
      { url: '/body.jpg', line: 13 },
    ]);
    expect(urls('+++\ntitle = "x"\nimage = "/toml.jpg"\n+++\n')).toEqual(['/toml.jpg']);
    expect(urls('{\n  "title": "x",\n  "cover": "/json.jpg",\n  "image": "https://cdn/x.jpg"\n}\nBody\n')).toEqual([
      '/json.jpg',
    ]);
    expect(urls('image: /not-front-matter.jpg\n')).toEqual([]);
  });

  it('ignores fenced code, Liquid highlight blocks and inline code', () => {
    const text = [
      '```markdown',
      '![In fence](/fenced.jpg)',
      '````',
      '> ~~~',
      '> <img src="/quoted-fence.jpg">',
      '> ~~~',
      '{% highlight html %}',
      '<img src="/highlighted.jpg">',
      '{% endhighlight %}',
      'Use `![x](/inline.jpg)` or ``a ` ![y](/double.jpg)`` but ![real](/real.jpg).',
      'A lone ` backtick ![after](/after.jpg)',
      '```',
      '![unclosed](/unclosed.jpg)',
    ].join('\n');
    expect(imageReferences(text)).toEqual([
      { url: '/real.jpg', line: 10 },
      { url: '/after.jpg', line: 11 },
    ]);
  });

  it('leaves out remote, inline and scheme URLs, which are not files in the site', () => {
    const text = [
      '![a](https://example.com/a.jpg) ![b](http://x/b.jpg) ![c](//cdn.example.com/c.jpg)',
      '![d](data:image/png;base64,AAAA) ![e](mailto:x) <img src="HTTPS://X/f.jpg"> ![g](#top) ![h]()',
      '![kept](kept.jpg)',
    ].join('\n');
    expect(urls(text)).toEqual(['kept.jpg']);
  });

  it('counts lines in CRLF text and after a front matter block', () => {
    const text = '---\r\ntitle: x\r\n---\r\n\r\n![a](/a.jpg)\r\n';
    expect(imageReferences(text)).toEqual([{ url: '/a.jpg', line: 5 }]);
  });

  it('stays fast on long runs of unfinished constructs', () => {
    const adversarial = ['<img src', '![a', '![a](b (c', '![a](' + '{{x}}', '<img a="b" ', '``a`', '[a]:\n'];
    for (const piece of adversarial) {
      const started = performance.now();
      expect(imageReferences(piece.repeat(20_000))).toEqual([]);
      expect(performance.now() - started, piece).toBeLessThan(2000);
    }
  });
});
