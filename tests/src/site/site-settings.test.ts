import { describe, expect, it } from 'vitest';
import { cleanSiteFolder, siteFolderProblem, urlPatternProblem } from '../../../src/site/site-settings';

describe('siteFolderProblem', () => {
  it('accepts folders inside the site', () => {
    for (const folder of ['notes', 'blog/posts', 'notes/', './notes', 'Trip Reports']) {
      expect(siteFolderProblem(folder)).toBeNull();
    }
  });

  it('refuses folders that leave the site, hide, or are full paths, saying why', () => {
    expect(siteFolderProblem('../elsewhere')).toMatch(/inside the site/);
    expect(siteFolderProblem('notes/../../x')).toMatch(/inside the site/);
    expect(siteFolderProblem('/home/me/notes')).toMatch(/not a full path/);
    expect(siteFolderProblem('C:/notes')).toMatch(/not a full path/);
    expect(siteFolderProblem('notes\\day')).toMatch(/Use \//);
    expect(siteFolderProblem('.git')).toMatch(/Hidden/);
    expect(siteFolderProblem('notes/.lanyard')).toMatch(/Hidden/);
    expect(siteFolderProblem('  ')).toMatch(/Name a folder/);
    expect(siteFolderProblem('a\u0007b')).toMatch(/control character/);
    expect(siteFolderProblem('x'.repeat(301))).toMatch(/too long/);
    expect(siteFolderProblem('node_modules')).toMatch(/installed or generated files/);
    expect(siteFolderProblem('blog/_site/posts')).toMatch(/^_site holds installed or generated files/);
  });
});

describe('cleanSiteFolder', () => {
  it('drops empty and dot segments, and names the root as a dot', () => {
    expect(cleanSiteFolder(' ./blog//posts/ ')).toBe('blog/posts');
    expect(cleanSiteFolder('./')).toBe('.');
  });
});

describe('urlPatternProblem', () => {
  it('accepts absolute http(s) patterns with known placeholders', () => {
    expect(urlPatternProblem('https://me.example.com/:year/:month/:day/:slug/')).toBeNull();
    expect(urlPatternProblem('http://localhost:4000/notes/:path.html')).toBeNull();
    expect(urlPatternProblem('https://me.example.com/:slug')).toBeNull();
    expect(urlPatternProblem('https://me.example.com/:title/:filename')).toBeNull();
  });

  it('refuses a relative pattern, another scheme, a query or a fragment', () => {
    for (const pattern of ['/:slug/', 'ftp://x.example/:slug', 'https://x.example/:slug?x=1', 'https://x.example/#a']) {
      expect(urlPatternProblem(pattern)).toMatch(/starting with https:\/\//);
    }
  });

  it('refuses a pattern without a placeholder, which would give every post one URL', () => {
    expect(urlPatternProblem('https://me.example.com/')).toMatch(/^Without a placeholder every post/);
    expect(urlPatternProblem('https://me.example.com')).toMatch(/^Without a placeholder every post/);
  });

  it('names an unknown placeholder and lists the known ones', () => {
    expect(urlPatternProblem('https://x.example/:categories/:slug/')).toBe(
      ':categories is not a placeholder Lanyard knows. Use :year, :month, :day, :slug, :title, :filename, :path.',
    );
  });
});
