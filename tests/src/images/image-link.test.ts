import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { imageLinkText } from '../../../src/images/image-link';

const markdown = new MarkdownIt({ html: true });

describe('imageLinkText', () => {
  it('writes a Markdown image, escaping the alt text so it renders as typed', () => {
    const text = imageLinkText({
      url: '/assets/images/stage.jpg',
      alt: 'Stage [left] \\ right',
      caption: null,
      style: 'markdown',
    });
    expect(text).toBe('![Stage \\[left\\] \\\\ right](/assets/images/stage.jpg)');
    expect(markdown.renderInline(text)).toBe('<img src="/assets/images/stage.jpg" alt="Stage [left] \\ right">');
  });

  it('wraps URLs with spaces or parentheses in angle brackets', () => {
    const spaced = imageLinkText({ url: '/my photos/a (1).jpg', alt: 'A', caption: null, style: 'markdown' });
    expect(spaced).toBe('![A](</my photos/a (1).jpg>)');
    expect(markdown.renderInline(spaced)).toBe('<img src="/my%20photos/a%20(1).jpg" alt="A">');
    expect(imageLinkText({ url: 'a<b>.jpg', alt: 'A', caption: null, style: 'markdown' })).toBe('![A](a%3Cb%3E.jpg)');
  });

  it('adds an emphasised caption line under a Markdown image, its Markdown escaped', () => {
    const text = imageLinkText({
      url: 'stage.jpg',
      alt: 'Stage',
      caption: ' The *main* stage\n at 9 ',
      style: 'markdown',
    });
    expect(text).toBe('![Stage](stage.jpg)\n*The \\*main\\* stage at 9*');
    expect(markdown.render(text)).toContain('<em>The *main* stage at 9</em>');
    expect(imageLinkText({ url: 'stage.jpg', alt: 'Stage', caption: '  ', style: 'markdown' })).toBe(
      '![Stage](stage.jpg)',
    );
  });

  it('writes an img tag with escaped attributes, and a figure when there is a caption', () => {
    expect(imageLinkText({ url: '/a.jpg?x=1&y="2"', alt: `Tom's <b>`, caption: null, style: 'html' })).toBe(
      '<img src="/a.jpg?x=1&amp;y=&quot;2&quot;" alt="Tom&#39;s &lt;b&gt;">',
    );
    expect(imageLinkText({ url: '/a.jpg', alt: 'A', caption: 'Q&A', style: 'html' })).toBe(
      '<figure>\n  <img src="/a.jpg" alt="A">\n  <figcaption>Q&amp;A</figcaption>\n</figure>',
    );
  });

  it('writes a figure with a figcaption, or without one when there is no caption', () => {
    expect(imageLinkText({ url: '/a.jpg', alt: 'Line\nbreak', caption: '<script>', style: 'figure' })).toBe(
      '<figure>\n  <img src="/a.jpg" alt="Line break">\n  <figcaption>&lt;script&gt;</figcaption>\n</figure>',
    );
    expect(imageLinkText({ url: '/a.jpg', alt: '', caption: null, style: 'figure' })).toBe(
      '<figure>\n  <img src="/a.jpg" alt="">\n</figure>',
    );
  });
});
