import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isMap, type Document } from 'yaml';
import { LanyardError } from '../../api/lanyard-error';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import {
  cleanSiteFolder,
  emptySiteSettings,
  siteFolderProblem,
  siteSettingsFile,
  urlPatternProblem,
  type SiteSettings,
} from '../site-settings';
import { lanyardFilePresence, parseYamlDocument } from './lanyard-file';
import { parserMessage } from './site-problem';

/** The settings a site's file gives, and why part or all of it was not used. */
export interface ReadSiteSettings {
  settings: SiteSettings;
  /** What was wrong with the file, in plain words; null when nothing was. */
  problem: string | null;
}

/** Each setting's key in the file. */
const keys = { postsFolder: 'posts', imagesFolder: 'images', urlPattern: 'url' } as const;
/** A settings file is a few lines; a bigger one is not Lanyard's. */
const maxFileBytes = 64 * 1024;
const header = '# Lanyard’s settings for this folder of Markdown. Generators never read this file.\n';

function settingFrom(key: keyof SiteSettings, value: unknown): { value: string | null; problem: string | null } {
  if (value === undefined || value === null) return { value: null, problem: null };
  // YAML reads `posts: 2024` as a number; as a folder name it is text.
  if (typeof value === 'number') return settingFrom(key, String(value));
  if (typeof value !== 'string') return { value: null, problem: `${keys[key]} must be text` };
  const problem = key === 'urlPattern' ? urlPatternProblem(value) : siteFolderProblem(value);
  if (problem !== null) return { value: null, problem: `${keys[key]}: ${problem}` };
  return { value: key === 'urlPattern' ? value.trim() : cleanSiteFolder(value), problem: null };
}

/**
 * Reads `.lanyard/site.yml`. A missing file gives no settings and no problem; a file that does
 * not parse, is reached through a link or holds a bad value gives a problem, and every value
 * that is good is still used. Never throws for the file's content.
 */
export async function readSiteSettings(root: string): Promise<ReadSiteSettings> {
  const fail = (why: string): ReadSiteSettings => ({
    settings: emptySiteSettings,
    problem: `${siteSettingsFile} was not used: ${why}.`,
  });
  let text: string;
  try {
    if ((await lanyardFilePresence(root, siteSettingsFile)) === 'missing')
      return { settings: emptySiteSettings, problem: null };
    const file = path.join(root, siteSettingsFile);
    if ((await fs.stat(file)).size > maxFileBytes) return fail('it is larger than a settings file can be');
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return fail(error instanceof LanyardError ? error.message.replace(/\.$/, '') : parserMessage(error));
  }
  let data: unknown;
  try {
    data = parseYamlDocument(text).toJS();
  } catch (error) {
    return fail(parserMessage(error));
  }
  if (data === null || data === undefined) return { settings: emptySiteSettings, problem: null };
  if (typeof data !== 'object' || Array.isArray(data)) return fail('it is not a list of settings (key: value)');
  const record = data as Record<string, unknown>;
  const settings = { ...emptySiteSettings };
  const problems: string[] = [];
  for (const key of Object.keys(keys) as Array<keyof SiteSettings>) {
    const { value, problem } = settingFrom(key, record[keys[key]]);
    settings[key] = value;
    if (problem !== null) problems.push(problem);
  }
  const problem =
    problems.length === 0 ? null : `${siteSettingsFile} has settings Lanyard skipped: ${problems.join('; ')}.`;
  return { settings, problem };
}

/**
 * Writes the settings into `.lanyard/site.yml`, keeping the file's comments and any keys
 * Lanyard does not know; a null setting removes its key. Leaves the file alone when nothing
 * changes. Throws `refused` when the file does not parse (the writer's text is never replaced)
 * or is reached through a link, and `invalid-argument` for a bad value.
 */
export async function writeSiteSettings(root: string, settings: SiteSettings): Promise<void> {
  for (const key of Object.keys(keys) as Array<keyof SiteSettings>) {
    const value = settings[key];
    const problem = value === null ? null : settingFrom(key, value).problem;
    if (problem !== null) throw new LanyardError('invalid-argument', problem);
  }
  const file = path.join(root, siteSettingsFile);
  const present = (await lanyardFilePresence(root, siteSettingsFile)) === 'present';
  const before = present ? await fs.readFile(file, 'utf8') : header;
  let doc: Document;
  try {
    doc = parseYamlDocument(before);
  } catch (error) {
    throw new LanyardError(
      'refused',
      `${siteSettingsFile} could not be read (${parserMessage(error)}). Fix it or remove it first.`,
    );
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new LanyardError(
      'refused',
      `${siteSettingsFile} is not a list of settings (key: value). Fix it or remove it first.`,
    );
  }
  let changed = false;
  for (const key of Object.keys(keys) as Array<keyof SiteSettings>) {
    const value = settings[key];
    const cleaned = value === null ? null : settingFrom(key, value).value;
    const current: unknown = doc.get(keys[key]);
    // A value Lanyard skipped (`posts: ../x`) reads as unset; clearing it removes it from the file.
    const unset = current === null || current === undefined;
    // The writer's own spelling of an unchanged value (`./notes/`, extra spaces) stays as written.
    if (unset ? cleaned === null : settingFrom(key, current).value === cleaned && cleaned !== null) continue;
    changed = true;
    if (cleaned === null) doc.delete(keys[key]);
    else doc.set(keys[key], cleaned);
  }
  // Nothing set and no file: the writer's repository gets no new file for nothing.
  if (!changed) return;
  await fs.mkdir(path.dirname(file), { recursive: true });
  // Long lines stay whole and the file keeps its line endings.
  const text = doc.toString({ lineWidth: 0 });
  await writeFileAtomic(file, before.includes('\r\n') ? text.replace(/\r?\n/g, '\r\n') : text);
}
