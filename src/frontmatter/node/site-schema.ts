import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';
import { decapFields, frontMatterCmsFields } from '../cms-fields';
import type { FieldObservation, FieldSpec, SiteSchema } from '../field-schema';
import { conventionFields } from '../generator-conventions';
import { inferSiteSchema } from '../infer-schema';

/** A CMS config file Lanyard looks for and how its field definitions are read. */
interface CmsConfigFile {
  /** Site-relative POSIX path. */
  path: string;
  parse(source: string): unknown;
  fields(config: unknown, postFolders: string[]): FieldSpec[] | null;
}

const decapFolders = ['admin', 'static/admin', 'public/admin', 'src/admin'];
/** Real CMS configs are a few kilobytes; anything far larger is not one. */
const maxConfigBytes = 1024 * 1024;

/** Tried in order; the first that describes the site's posts wins. */
const cmsConfigFiles: CmsConfigFile[] = [
  ...decapFolders.flatMap((folder) =>
    ['config.yml', 'config.yaml'].map((name) => ({
      path: `${folder}/${name}`,
      parse: (source: string): unknown => parseYaml(source),
      fields: decapFields,
    })),
  ),
  { path: 'frontmatter.json', parse: (source: string): unknown => JSON.parse(source), fields: frontMatterCmsFields },
];

/**
 * The config file's text, or null when it is missing, too large, not a file, or leads out of
 * the site through a link: a config is a hint, so none of these stops the site from opening.
 */
async function readConfigSource(root: string, relative: string): Promise<string | null> {
  try {
    const file = await resolveInsideSite(root, relative);
    const stats = await fs.stat(file);
    if (!stats.isFile() || stats.size > maxConfigBytes) return null;
    // Editors on Windows may save a byte order mark, which JSON.parse rejects.
    return (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

async function findCmsFields(profile: SiteProfile): Promise<{ path: string; fields: FieldSpec[] } | null> {
  for (const candidate of cmsConfigFiles) {
    const source = await readConfigSource(profile.root, candidate.path);
    if (source === null) continue;
    let fields: FieldSpec[] | null;
    try {
      fields = candidate.fields(candidate.parse(source), profile.postFolders);
    } catch {
      continue; // A broken config is the CMS's business; the posts still describe the site.
    }
    if (fields !== null) return { path: candidate.path, fields };
  }
  return null;
}

/** Names of Jekyll's `_layouts/` files without extension; none when the folder is missing or leads out. */
async function listLayouts(profile: SiteProfile): Promise<string[]> {
  if (profile.kind !== 'jekyll') return [];
  try {
    const folder = await resolveInsideSite(profile.root, '_layouts');
    const entries = await fs.readdir(folder, { withFileTypes: true });
    const names = entries
      .filter((entry) => !entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => path.parse(entry.name).name)
      .filter((name) => name !== '');
    return [...new Set(names)].sort();
  } catch {
    return [];
  }
}

/**
 * The front matter schema of a site: its CMS config's fields (Decap `admin/config.yml` and the
 * like, or Front Matter CMS `frontmatter.json`), what its posts use, its layouts and its
 * generator's conventions. Missing, broken or outside-the-site configs are ignored.
 */
export async function readSiteSchema(profile: SiteProfile, observations: FieldObservation[][]): Promise<SiteSchema> {
  const [cms, layouts] = await Promise.all([findCmsFields(profile), listLayouts(profile)]);
  // Not every generator dates posts by `date`: Astro's template writes `pubDate`.
  const dateKeys = new Set([
    'date',
    ...conventionFields(profile.kind)
      .filter((field) => field.kind === 'date' || field.kind === 'datetime')
      .map((field) => field.key),
  ]);
  const dateSamples = observations.flatMap((post) =>
    post.filter((observation) => dateKeys.has(observation.key)).flatMap((observation) => observation.values),
  );
  return inferSiteSchema({
    kind: profile.kind,
    observations,
    layouts,
    cms,
    timezone: profile.timezone,
    dateSamples,
  });
}
