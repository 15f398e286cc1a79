import { describe, expect, it } from 'vitest';
import { LanyardError } from '../../../src/api/lanyard-error';
import { defaultImageSettings } from '../../../src/images/image-settings';
import { failureMessage, linkStyleNote, progressText, summaryText } from '../../../renderer/src/images/import-text';

describe('progressText', () => {
  it('names the one photo of a single import', () => {
    expect(progressText({ done: 0, total: 1, current: 'stage.jpg' })).toBe('Importing stage.jpg…');
    expect(progressText({ done: 1, total: 1, current: null })).toBe('Importing the photo…');
  });

  it('counts the photo under way in a batch, never past the total', () => {
    expect(progressText({ done: 0, total: 20, current: 'a.jpg' })).toBe('Importing photos: 1 of 20');
    expect(progressText({ done: 2, total: 20, current: 'c.jpg' })).toBe('Importing photos: 3 of 20');
    expect(progressText({ done: 20, total: 20, current: null })).toBe('Importing photos: 20 of 20');
  });
});

describe('summaryText', () => {
  it('says nothing when every photo went in', () => {
    expect(summaryText({ total: 20, imported: 20, failed: 0, stopped: false })).toBeNull();
  });

  it('counts the failures of a batch', () => {
    expect(summaryText({ total: 20, imported: 17, failed: 3, stopped: false })).toBe('Imported 17 of 20 — 3 failed');
  });

  it("leaves a single photo's failure to its own message", () => {
    expect(summaryText({ total: 1, imported: 0, failed: 1, stopped: false })).toBeNull();
  });

  it('says how many photos a stopped batch added', () => {
    expect(summaryText({ total: 20, imported: 5, failed: 1, stopped: true })).toBe(
      'Import stopped — 5 of 20 photos added',
    );
    expect(summaryText({ total: 1, imported: 0, failed: 0, stopped: true })).toBe(
      'Import stopped — 0 of 1 photo added',
    );
  });
});

describe('failureMessage', () => {
  it("keeps the main process's message when it names the photo", () => {
    const error = new LanyardError('invalid-argument', "notes.jpg: This isn't a photo Lanyard can read.");
    expect(failureMessage('notes.jpg', error)).toBe("notes.jpg: This isn't a photo Lanyard can read.");
  });

  it('names the photo when the message does not', () => {
    const error = new LanyardError('invalid-argument', 'the photo is too large');
    expect(failureMessage('huge.tiff', error)).toBe('huge.tiff could not be imported: the photo is too large');
  });
});

describe('linkStyleNote', () => {
  const site = { ...defaultImageSettings, usualFolder: 'static/images' };
  const dropped = 'Hugo leaves raw HTML out of the built page.';

  it('says which HTML form gave way to Markdown, and why', () => {
    expect(linkStyleNote({ ...site, linkStyle: 'figure', htmlDropped: dropped })).toBe(
      'Photos are linked with Markdown here, not as <figure>: Hugo leaves raw HTML out of the built page.',
    );
    expect(linkStyleNote({ ...site, linkStyle: 'html', htmlDropped: dropped })).toContain('not as <img>:');
  });

  it('says nothing when photos are linked as chosen', () => {
    expect(linkStyleNote({ ...site, linkStyle: 'markdown', htmlDropped: dropped })).toBeNull();
    expect(linkStyleNote({ ...site, linkStyle: 'figure', htmlDropped: null })).toBeNull();
  });
});
