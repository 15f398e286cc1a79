import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { resolveInsideSite } from '../../site/node/safe-path';

/** The site-relative folder where a site keeps its own templates, one `<name>.md` each. */
export const siteTemplatesFolder = '.lanyard/templates';

/** Where a template comes from: the site's own folder, or the ones Lanyard ships. */
export type TemplateSource = 'site' | 'shipped';

/** A template a day post can start from. */
export interface EventTemplateEntry {
  /** The file name without `.md`: lowercase letters, digits and hyphens. */
  name: string;
  source: TemplateSource;
}

/** A template's Markdown, line endings as LF, with its placeholders still in it. */
export interface EventTemplate extends EventTemplateEntry {
  text: string;
}

const namePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A template is a page of Markdown; a bigger file is not one. */
const maxTemplateBytes = 256 * 1024;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** Template names in a folder, none when it does not exist. */
async function namesIn(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
    throw error;
  });
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.md'))
    .map((entry) => entry.name.slice(0, -'.md'.length))
    .filter((name) => namePattern.test(name));
}

/**
 * Every template a day post can use, by name: the site's own (`.lanyard/templates/<name>.md`)
 * and the shipped ones in `shippedFolder`, a site's template hiding a shipped one of its name.
 * Throws `outside-site` when the site's templates folder is a link out of the site.
 */
export async function listEventTemplates(root: string, shippedFolder: string): Promise<EventTemplateEntry[]> {
  const siteNames = await namesIn(await resolveInsideSite(root, siteTemplatesFolder));
  const shippedNames = await namesIn(shippedFolder);
  const entries: EventTemplateEntry[] = [
    ...siteNames.map((name) => ({ name, source: 'site' as const })),
    ...shippedNames.filter((name) => !siteNames.includes(name)).map((name) => ({ name, source: 'shipped' as const })),
  ];
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A template file's text, or null when there is no such file. */
async function readTemplateFile(file: string, shownName: string): Promise<string | null> {
  try {
    if ((await fs.stat(file)).size > maxTemplateBytes) {
      throw new LanyardError('refused', `The template ${shownName} is larger than a template can be.`);
    }
    const text = await fs.readFile(file, 'utf8');
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function listed(entries: EventTemplateEntry[]): string {
  const names = entries.map((entry) => entry.name);
  if (names.length === 0) return 'There are no templates at all';
  return `The templates are ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}`;
}

/**
 * The template named `name`: the site's own when it has one, else the shipped one. Throws
 * `invalid-argument` for a name that cannot be a template's, `not-found` naming the templates
 * there are when none has the name, and `outside-site` for a site template reached through a
 * link out of the site.
 */
export async function readEventTemplate(root: string, shippedFolder: string, name: string): Promise<EventTemplate> {
  if (!namePattern.test(name)) {
    throw new LanyardError(
      'invalid-argument',
      `"${name}" cannot be a template’s name: use lowercase letters, digits and hyphens, like conference-day.`,
    );
  }
  const siteRelative = `${siteTemplatesFolder}/${name}.md`;
  const siteText = await readTemplateFile(await resolveInsideSite(root, siteRelative), siteRelative);
  if (siteText !== null) return { name, source: 'site', text: siteText };
  const shippedText = await readTemplateFile(path.join(shippedFolder, `${name}.md`), name);
  if (shippedText !== null) return { name, source: 'shipped', text: shippedText };
  const entries = await listEventTemplates(root, shippedFolder);
  throw new LanyardError(
    'not-found',
    `There is no template named ${name}. ${listed(entries)}; a site can add its own as ${siteTemplatesFolder}/${name}.md.`,
  );
}
