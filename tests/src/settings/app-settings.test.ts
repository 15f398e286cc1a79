import { describe, expect, it } from 'vitest';
import { defaultImageSettings, type ImageSettings } from '../../../src/images/image-settings';
import { defaultCommitTemplates } from '../../../src/publish/commit-message';
import {
  applyAppSettingsPatch,
  defaultAppSettings,
  editorFontStack,
  withFallbacks,
  type AppSettings,
} from '../../../src/settings/app-settings';
import { appSettingsPatch, readAppSettings } from '../../../src/settings/app-settings-schema';

const problemOf = (patch: unknown): string | null => {
  const parsed = appSettingsPatch.safeParse(patch);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'invalid');
};

describe('withFallbacks', () => {
  it('takes each field from the site, else the app, else the default', () => {
    const merged = withFallbacks<ImageSettings>(
      { quality: 60 },
      { quality: 90, maxEdge: 1600, format: 'webp' },
      defaultImageSettings,
    );
    expect(merged).toEqual({ ...defaultImageSettings, quality: 60, maxEdge: 1600, format: 'webp' });
  });

  it('lets neither an undefined nor a null hide the value below it', () => {
    const merged = withFallbacks(
      { publish: undefined },
      { publish: 'Post: {title}', update: null as unknown as string },
      defaultCommitTemplates,
    );
    expect(merged).toEqual({ ...defaultCommitTemplates, publish: 'Post: {title}' });
  });

  it('gives the defaults when neither the site nor the app says anything', () => {
    expect(withFallbacks(undefined, undefined, defaultCommitTemplates)).toEqual(defaultCommitTemplates);
  });
});

describe('applyAppSettingsPatch', () => {
  const current: AppSettings = {
    ...defaultAppSettings,
    fontSize: 18,
    imageDefaults: { quality: 70, format: 'webp' },
    commitTemplates: { publish: 'New: {title}' },
    publishBranch: 'main',
  };

  it('keeps what the patch leaves out or sets undefined', () => {
    expect(applyAppSettingsPatch(current, { theme: 'dark', fontSize: undefined })).toEqual({
      ...current,
      theme: 'dark',
    });
  });

  it('reads null as full width and as the branch checked out, not as "keep"', () => {
    const next = applyAppSettingsPatch(current, { lineWidth: null, publishBranch: null });
    expect(next.lineWidth).toBeNull();
    expect(next.publishBranch).toBeNull();
  });

  it('merges photo defaults and templates field by field; null clears a field back to Lanyard’s default', () => {
    const next = applyAppSettingsPatch(current, {
      imageDefaults: { quality: null, maxEdge: 1600 },
      commitTemplates: { update: 'Fix: {title}' },
    });
    expect(next.imageDefaults).toEqual({ format: 'webp', maxEdge: 1600 });
    expect(next.commitTemplates).toEqual({ publish: 'New: {title}', update: 'Fix: {title}' });
    expect(current.imageDefaults).toEqual({ quality: 70, format: 'webp' });
  });
});

describe('appSettingsPatch', () => {
  it('accepts every setting within its bounds', () => {
    expect(
      problemOf({
        theme: 'light',
        editorFont: 'serif',
        fontSize: 32,
        lineWidth: 50,
        spellcheck: false,
        spellcheckLanguages: ['en-US', 'de', 'pt-BR'],
        imageDefaults: { maxEdge: 1600, format: 'avif', quality: 1, keepAuthorship: true, linkStyle: 'figure' },
        publishBranch: 'gh-pages',
        commitTemplates: { publish: 'Post {title}', unpublish: null },
      }),
    ).toBeNull();
  });

  it.each([
    [{ theme: 'sepia' }, 'Invalid option'],
    [{ editorFont: 'Comic Sans; color: red' }, 'Invalid option'],
    [{ fontSize: 9 }, 'the font size is at least 10'],
    [{ fontSize: 33 }, 'the font size is at most 32'],
    [{ fontSize: 14.5 }, 'the font size is a whole number'],
    [{ lineWidth: 49 }, 'a line is at least 50 characters'],
    [{ lineWidth: 141 }, 'a line is at most 140 characters; choose the full width for more'],
    [{ spellcheckLanguages: ['en', 'de', 'fr', 'es', 'it', 'nl'] }, 'at most 5 spelling languages'],
    [{ spellcheckLanguages: ['en_US'] }, 'a spelling language is a tag like en-US or de'],
    [{ spellcheckLanguages: ['de', 'de'] }, 'a spelling language is listed twice'],
    [{ publishBranch: '-x' }, 'not a branch name'],
    [{ publishBranch: 'a..b' }, 'not a branch name'],
    [{ publishBranch: '' }, 'a branch name is required'],
    [{ commitTemplates: { publish: 'a\nb' } }, 'a template is one line'],
    [{ commitTemplates: { publish: '   ' } }, 'a commit message template cannot be empty'],
    [{ imageDefaults: { folder: 'x' } }, 'Unrecognized key: "folder"'],
    [{ colour: 'blue' }, 'Unrecognized key: "colour"'],
  ])('refuses %j: %s', (patch, message) => {
    expect(problemOf(patch)).toContain(message);
  });
});

describe('readAppSettings', () => {
  it('gives the defaults for nothing stored, or for something that is not an object', () => {
    expect(readAppSettings(undefined)).toEqual(defaultAppSettings);
    expect(readAppSettings('dark')).toEqual(defaultAppSettings);
    expect(readAppSettings([1, 2])).toEqual(defaultAppSettings);
  });

  it('replaces each invalid value by its default and keeps the valid ones beside it', () => {
    const read = readAppSettings({
      theme: 'dark',
      fontSize: 400,
      editorFont: 'serif',
      lineWidth: null,
      spellcheckLanguages: 'en',
      imageDefaults: { quality: 500, maxEdge: 1600, folder: 'x', format: null },
      commitTemplates: { publish: 'P: {title}', update: 42 },
      unknown: true,
    });
    expect(read).toEqual({
      ...defaultAppSettings,
      theme: 'dark',
      editorFont: 'serif',
      lineWidth: null,
      imageDefaults: { maxEdge: 1600 },
      commitTemplates: { publish: 'P: {title}' },
    });
  });
});

describe('editorFontStack', () => {
  it('is a stack from the fixed list, so no setting becomes free CSS text', () => {
    expect(editorFontStack('mono')).toBe('var(--mono-font)');
    expect(editorFontStack('serif')).toMatch(/serif$/);
  });
});
