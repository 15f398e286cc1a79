import { execFile, execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { LanyardError } from '../../../../src/api/lanyard-error';
import { setFrontMatterField } from '../../../../src/frontmatter/edit-front-matter';
import type { FieldValue } from '../../../../src/frontmatter/field-value';
import { readFrontMatterData } from '../../../../src/frontmatter/front-matter-data';
import { dateFromPickerValue, parseFrontMatterDate } from '../../../../src/frontmatter/front-matter-date';
import { imageLinkText } from '../../../../src/images/image-link';
import { defaultImageSettings, type ImageSettings, type ImportedImage } from '../../../../src/images/image-settings';
import { importImage } from '../../../../src/images/node/import-image';
import { createPost } from '../../../../src/posts/node/create-post';
import { readPost, savePost } from '../../../../src/posts/node/post-file';
import { PostIndex } from '../../../../src/posts/node/post-index';
import { publicPostUrl } from '../../../../src/publish/public-url';
import { readSiteUrlConfig } from '../../../../src/publish/node/site-url-config';
import type { SiteProfile } from '../../../../src/site/site-profile';
import { largeJpegWithExif } from '../../images/node/generate-photos';
import { git } from './publish-fixture';

const run = promisify(execFile);

/** Why `binary` cannot be run here, or null when it answers `--version`. */
export function generatorMissing(binary: string): string | null {
  try {
    execFileSync(binary, binary === 'hugo' ? ['version'] : ['--version'], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `${binary} is not installed (${(error as Error).message.split('\n')[0]})`;
  }
}

/** Writes each file under `root`, making its folders. */
export async function writeFiles(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await fs.writeFile(path.join(root, name), content);
  }
}

const bom = '\uFEFF';
/** Generated output and the generators' own caches, as a real site ignores them. */
const gitignore = '_site/\n.jekyll-cache/\n.jekyll-metadata\n.hugo_build.lock\nresources/\n';

/** What the layouts print, so a test can read the title and date back from a built page. */
export const titleTag = (value: string) => `<h1 class="post-title">${value}</h1>`;
/** The date as the layouts print it, beside `titleTag`. */
export const dateTag = (value: string) => `<time class="post-date">${value}</time>`;

/** A Jekyll site's config keys the tests vary. */
export interface JekyllSiteOptions {
  url: string;
  baseurl?: string;
  permalink?: string;
  timezone?: string;
  /** `collections_dir`: the posts and the draft go inside it. */
  collectionsDir?: string;
  /** Further config lines, as written (`collections:`, `defaults:`). */
  moreConfig?: string[];
}

/**
 * A small real Jekyll site in `root`: a config, a post layout that prints the title and the
 * date (`%Y-%m-%d %H:%M`, which Jekyll shows in the site's zone), and posts written in several
 * styles (CRLF, a BOM and no final newline, a draft), so saving them unedited proves byte
 * fidelity. The posts and the draft go in `collectionsDir` when it is set.
 */
export async function writeJekyllSite(root: string, options: JekyllSiteOptions): Promise<void> {
  const inside = options.collectionsDir === undefined ? '' : `${options.collectionsDir}/`;
  const config = [
    'title: Conference notes',
    `url: ${options.url}`,
    ...(options.baseurl === undefined ? [] : [`baseurl: ${options.baseurl}`]),
    ...(options.permalink === undefined ? [] : [`permalink: ${options.permalink}`]),
    ...(options.timezone === undefined ? [] : [`timezone: ${options.timezone}`]),
    ...(options.collectionsDir === undefined ? [] : [`collections_dir: ${options.collectionsDir}`]),
    ...(options.moreConfig ?? []),
    'exclude: [README.md]',
  ];
  await writeFiles(root, {
    '.gitignore': gitignore,
    '_config.yml': `${config.join('\n')}\n`,
    '_layouts/post.html': [
      '<!DOCTYPE html>',
      '<html><head><title>{{ page.title | escape }}</title></head><body>',
      titleTag('{{ page.title | escape }}'),
      dateTag('{{ page.date | date: "%Y-%m-%d %H:%M" }}'),
      '{{ content }}',
      '</body></html>',
      '',
    ].join('\n'),
    'index.md': '---\ntitle: Home\n---\n\nAll the notes.\n',
    [`${inside}_posts/2024-05-01-welcome.md`]:
      "---\r\nlayout: post\r\ntitle: 'It''s here'\r\ntags: travel  notes\r\n---\r\n\r\nHello.  \r\n",
    [`${inside}_posts/2024-06-02-notes.markdown`]: `${bom}---\nlayout: post\ntitle: Notes\n---\n\n* one\n* two`,
    [`${inside}_drafts/idea.md`]: '---\nlayout: post\ntitle: An idea\n---\n\nLater.\n',
  });
}

/** A Hugo site's config keys the tests vary. */
export interface HugoSiteOptions {
  baseURL: string;
  /** `[permalinks]` entries, e.g. `{ posts: '/:year/:month/:slug/' }`. */
  permalinks?: Record<string, string>;
  timeZone?: string;
  uglyURLs?: boolean;
}

/**
 * A small real Hugo site in `root`: `hugo.toml`, the `baseof`, `single` and `list` layouts
 * Hugo needs (the single page prints the title and `.Date.Format "2006-01-02 15:04"`), and
 * posts in several styles: TOML front matter with CRLF, a page bundle, a section page.
 */
export async function writeHugoSite(root: string, options: HugoSiteOptions): Promise<void> {
  const permalinks = Object.entries(options.permalinks ?? {});
  const config = [
    `baseURL = "${options.baseURL}"`,
    'title = "Conference notes"',
    'languageCode = "en"',
    'disableKinds = ["RSS", "sitemap"]',
    ...(options.timeZone === undefined ? [] : [`timeZone = "${options.timeZone}"`]),
    ...(options.uglyURLs === true ? ['uglyURLs = true'] : []),
    ...(permalinks.length === 0 ? [] : ['[permalinks]', ...permalinks.map(([key, value]) => `${key} = "${value}"`)]),
  ];
  await writeFiles(root, {
    '.gitignore': gitignore,
    'hugo.toml': `${config.join('\n')}\n`,
    'layouts/_default/baseof.html':
      '<!DOCTYPE html>\n<html><head><title>{{ .Title }}</title></head><body>\n{{ block "main" . }}{{ end }}\n</body></html>\n',
    'layouts/_default/single.html': `{{ define "main" }}${titleTag('{{ .Title }}')}\n${dateTag('{{ .Date.Format "2006-01-02 15:04" }}')}\n{{ .Content }}{{ end }}\n`,
    'layouts/_default/list.html':
      '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
    'content/_index.md': '---\ntitle: Home\n---\n',
    'content/posts/_index.md': '---\ntitle: Posts\n---\n',
    'content/posts/welcome.md': '+++\r\ntitle = "Welcome"\r\ndate = 2024-05-01T09:00:00Z\r\n+++\r\n\r\nHello.\r\n',
    'content/posts/trip/index.md': `${bom}---\ntitle: Trip\ndate: 2024-06-02T10:00:00+01:00\ntags: [travel]\n---\n\nOn the road.`,
  });
}

/** Stages everything and commits it as the writer's own history. */
export async function commitAll(site: string, message: string): Promise<void> {
  await git(site, 'add', '--all');
  await git(site, 'commit', '--quiet', '-m', message);
}

/** Builds the Jekyll site at `site` into `out`, as a production build. */
export async function buildJekyll(site: string, out: string): Promise<void> {
  await run('jekyll', ['build', '--quiet', '--source', site, '--destination', out], {
    cwd: site,
    env: { ...process.env, JEKYLL_ENV: 'production' },
  });
}

/** Builds the Hugo site at `site` into `out`. */
export async function buildHugo(site: string, out: string): Promise<void> {
  await run('hugo', ['--quiet', '--source', site, '--destination', out], { cwd: site });
}

/** What the form says about the post Lanyard writes. */
export interface PostForm {
  title: string;
  /** The moment `createPost` runs: it names a Jekyll post. */
  created: Date;
  /** The date picker's value (`YYYY-MM-DDTHH:mm`), in the site's zone. */
  pickedDate: string;
  /** Further fields the form sets, in order (tags, categories, draft). */
  fields?: Record<string, FieldValue>;
  /** An existing post to edit instead of creating one (e.g. a page bundle). */
  existingId?: string;
  linkStyle?: ImageSettings['linkStyle'];
  caption?: string;
}

function withField(text: string, key: string, value: FieldValue): string {
  const edit = setFrontMatterField(text, key, value);
  if (!edit.ok) throw new LanyardError('refused', edit.message);
  const { change } = edit;
  return change === null ? text : text.slice(0, change.from) + change.insert + text.slice(change.to);
}

/**
 * Writes a post as the app does: creates it (or opens `existingId`), sets the form's fields
 * through `setFrontMatterField`, imports a generated camera JPEG for it, puts the link text at
 * the end of the body and saves. Answers the post's id, saved text and the imported image.
 */
export async function writePostAsLanyard(
  profile: SiteProfile,
  userDataDir: string,
  form: PostForm,
): Promise<{ id: string; text: string; image: ImportedImage }> {
  const id = form.existingId ?? (await createPost(profile, form.title, form.created)).id;
  const opened = await readPost(profile.root, id);
  let text = withField(opened.text, 'title', { kind: 'string', value: form.title });
  const current = readFrontMatterData(text).data?.date;
  const currentText = typeof current === 'string' ? current : undefined;
  const format = (currentText && parseFrontMatterDate(currentText)?.format) || undefined;
  if (format === undefined) throw new Error(`${id} has no date in a known format`);
  const date = dateFromPickerValue(form.pickedDate, format, profile.timezone, currentText);
  if (date === null) throw new Error(`${form.pickedDate} is not a picker value`);
  text = withField(text, 'date', { kind: 'date', text: date });
  for (const [key, value] of Object.entries(form.fields ?? {})) text = withField(text, key, value);
  const settings = { ...defaultImageSettings, linkStyle: form.linkStyle ?? 'markdown' };
  const photo = await largeJpegWithExif({ width: 640, height: 480, gps: true });
  const image = await importImage(
    { profile, userDataDir, settings },
    { postId: id, name: 'IMG_2041.JPG', data: photo },
  );
  const link = imageLinkText({
    url: image.url,
    alt: 'The keynote stage',
    caption: form.caption ?? null,
    style: settings.linkStyle,
  });
  text = `${text.replace(/\n*$/, '\n')}\nNotes from the day.\n\n${link}\n`;
  const saved = await savePost(profile.root, { id, text, baseVersion: opened.version });
  if (saved.status !== 'saved') throw new Error(`${id} was not saved: ${saved.status}`);
  return { id, text, image };
}

/** Lanyard's prediction of the post's public URL, from the site's config and the post's front matter. */
export async function predictedUrl(profile: SiteProfile, id: string, text: string): Promise<string | null> {
  const frontMatter = readFrontMatterData(text).data ?? {};
  return publicPostUrl(await readSiteUrlConfig(profile), { id, frontMatter });
}

/**
 * The output-relative file a public URL is served from: the base URL's path stripped, `/x/`
 * read as `x/index.html`, percent-escapes decoded. Null when the URL is not below the site's base.
 */
export function builtPathFor(baseUrl: string, url: string): string | null {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const target = new URL(url);
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return null;
  const relative = decodeURIComponent(target.pathname.slice(base.pathname.length));
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** Every file a build wrote, as output-relative POSIX paths, sorted. */
export async function builtFiles(out: string): Promise<string[]> {
  const entries = await fs.readdir(out, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#34': '"' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#34);/g, (_, name: string) => entities[name]!);
}

/** The title and date text the layouts print, entities decoded. */
export function shownTitleAndDate(html: string): { title: string | null; date: string | null } {
  const title = /<h1 class="post-title">([^<]*)<\/h1>/.exec(html)?.[1];
  const date = /<time class="post-date">([^<]*)<\/time>/.exec(html)?.[1];
  return { title: title === undefined ? null : decodeEntities(title), date: date ?? null };
}

/** Every `<img src>` of a page, entities decoded. */
export function imageSources(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)].map((match) => decodeEntities(match[1]!));
}

/** The image sources of a page at `pageUrl` that name no file among `built`. */
export function unresolvedImages(html: string, pageUrl: string, baseUrl: string, built: string[]): string[] {
  return imageSources(html).filter((src) => {
    const file = builtPathFor(baseUrl, new URL(src, pageUrl).href);
    return file === null || !built.includes(file);
  });
}

/** Opens and saves every post the site lists, unedited, as the app does when a post is closed. */
export async function openAndSaveEveryPost(profile: SiteProfile, cacheFile: string): Promise<string[]> {
  const index = new PostIndex(profile, cacheFile);
  await index.load();
  const ids = index.list().map((post) => post.id);
  for (const id of ids) {
    const post = await readPost(profile.root, id);
    await savePost(profile.root, { id, text: post.text, baseVersion: post.version });
  }
  return ids;
}
