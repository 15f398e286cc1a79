import type { FieldKind, FieldSpec } from './field-schema';
import { readableLabel } from './generator-conventions';

type Settings = Record<string, unknown>;

function isSettings(value: unknown): value is Settings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function settingsList(value: unknown): Settings[] {
  return Array.isArray(value) ? value.filter(isSettings) : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A folder as a post folder is written: site-relative, no leading `./` or slashes, `.` for the root. */
function normaliseFolder(folder: string): string {
  const trimmed = folder
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '.' : trimmed;
}

/** Options as strings; `{label, value}` and `{id, title}` objects give their value. */
function optionValues(options: unknown): string[] {
  if (!Array.isArray(options)) return [];
  const values = options.map((option: unknown) => {
    const value = isSettings(option) ? (option.value ?? option.id) : option;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
  });
  return [...new Set(values.filter((value) => value !== null))];
}

interface FieldDraft {
  kind: FieldKind;
  options?: string[];
  multiple?: boolean;
}

function fieldSpec(key: string, label: unknown, draft: FieldDraft, extra: Settings, required: boolean): FieldSpec {
  return {
    key,
    label: text(label) ?? readableLabel(key),
    kind: draft.kind,
    required,
    options: draft.options ?? [],
    multiple: draft.multiple ?? false,
    suggestions: [],
    hint: text(extra.hint),
    defaultValue: extra.defaultValue === undefined ? null : extra.defaultValue,
    frequency: 0,
    source: 'cms',
  };
}

/** The fields of a collection, first definition of each key kept; null when none are usable. */
function collectFields(
  definitions: Settings[],
  toSpec: (definition: Settings) => FieldSpec | null,
): FieldSpec[] | null {
  const fields = new Map<string, FieldSpec>();
  for (const definition of definitions) {
    const spec = toSpec(definition);
    if (spec !== null && !fields.has(spec.key)) fields.set(spec.key, spec);
  }
  return fields.size === 0 ? null : [...fields.values()];
}

/** How a Decap widget is shown; null for widgets that are not front matter the writer edits. */
function decapKind(field: Settings): FieldDraft | null {
  const widget = typeof field.widget === 'string' ? field.widget : 'string';
  switch (widget) {
    case 'hidden':
      return null;
    case 'text':
    case 'markdown':
    case 'code':
      return { kind: 'text' };
    case 'datetime':
      return { kind: field.time_format === false || field.type === 'date' ? 'date' : 'datetime' };
    case 'date':
      return { kind: 'date' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'number':
      return { kind: 'number' };
    case 'list':
      return { kind: 'fields' in field || 'field' in field || 'types' in field ? 'object' : 'list' };
    case 'object':
      return { kind: 'object' };
    case 'select':
      return { kind: 'select', options: optionValues(field.options), multiple: field.multiple === true };
    case 'relation':
      // A relation that picks several entries stores a list of their values.
      return { kind: field.multiple === true ? 'list' : 'string' };
    case 'image':
    case 'file':
      return { kind: 'image' };
    default:
      return { kind: 'string' };
  }
}

function decapField(field: Settings): FieldSpec | null {
  const key = text(field.name);
  const draft = decapKind(field);
  if (key === null || key === 'body' || draft === null) return null;
  // Decap treats every field as required unless it says `required: false`.
  return fieldSpec(
    key,
    field.label,
    draft,
    { hint: field.hint, defaultValue: field.default },
    field.required !== false,
  );
}

/**
 * The post fields a Decap CMS config (`admin/config.yml`) describes: those of the folder
 * collection whose `folder` is one of the site's post folders, tried in the post folders' order.
 * Null when no collection describes posts of this site, or it has no front matter fields.
 */
export function decapFields(config: unknown, postFolders: string[]): FieldSpec[] | null {
  if (!isSettings(config)) return null;
  const collections = settingsList(config.collections);
  for (const postFolder of postFolders.map(normaliseFolder)) {
    const collection = collections.find(
      (candidate) => typeof candidate.folder === 'string' && normaliseFolder(candidate.folder) === postFolder,
    );
    if (collection !== undefined) return collectFields(settingsList(collection.fields), decapField);
  }
  return null;
}

/** A Front Matter CMS setting, written either as a dotted key (`"frontMatter.content.pageFolders"`) or nested. */
function frontMatterSetting(config: Settings, name: string): unknown {
  if (Object.hasOwn(config, name)) return config[name];
  let current: unknown = config;
  for (const part of name.split('.')) {
    if (!isSettings(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

/** Whether a date-fns format shows a time of day (hours, minutes or a localised time). */
function showsTime(dateFormat: string): boolean {
  return /[HhkKmp]/.test(dateFormat.replace(/'[^']*'/g, ''));
}

function frontMatterKind(field: Settings): FieldDraft | null {
  const multiple = field.multiple === true;
  switch (field.type) {
    case 'divider':
    case 'heading':
      return null;
    case 'string':
      return { kind: field.multiline === true ? 'text' : 'string' };
    case 'datetime': {
      const format = text(field.dateFormat);
      return { kind: format !== null && !showsTime(format) ? 'date' : 'datetime' };
    }
    case 'boolean':
    case 'draft':
      return { kind: 'boolean' };
    case 'number':
      return { kind: 'number' };
    case 'choice':
      return { kind: 'select', options: optionValues(field.choices), multiple };
    case 'tags':
    case 'categories':
    case 'taxonomy':
    case 'list':
      return { kind: 'list' };
    case 'image':
    case 'file':
      return multiple ? { kind: 'list' } : { kind: 'image' };
    case 'fields':
    case 'block':
    case 'json':
      return { kind: 'object' };
    case 'contentRelationship':
    case 'dataFile':
      return { kind: multiple ? 'list' : 'string' };
    default:
      return { kind: 'string' };
  }
}

function frontMatterField(field: Settings): FieldSpec | null {
  const key = text(field.name);
  const draft = frontMatterKind(field);
  if (key === null || draft === null || field.hidden === true) return null;
  const extra = { hint: field.description, defaultValue: field.default };
  return fieldSpec(key, field.title, draft, extra, field.required === true);
}

/**
 * The post fields a Front Matter CMS `frontmatter.json` describes: the content type of the page
 * folder whose `path` is one of the site's post folders — its first listed `contentTypes` entry,
 * else the type named `default`, else the first type. Null when no page folder holds posts of
 * this site or the content type has no fields.
 */
export function frontMatterCmsFields(config: unknown, postFolders: string[]): FieldSpec[] | null {
  if (!isSettings(config)) return null;
  const pageFolders = settingsList(frontMatterSetting(config, 'frontMatter.content.pageFolders'));
  const contentTypes = settingsList(frontMatterSetting(config, 'frontMatter.taxonomy.contentTypes'));
  const folderOf = (pageFolder: Settings) =>
    typeof pageFolder.path === 'string' ? normaliseFolder(pageFolder.path.replace(/^\[\[workspace\]\]/, '')) : null;
  const pageFolder = postFolders
    .map(normaliseFolder)
    .map((postFolder) => pageFolders.find((candidate) => folderOf(candidate) === postFolder))
    .find((candidate) => candidate !== undefined);
  if (pageFolder === undefined) return null;
  const named = (name: unknown) => contentTypes.find((type) => type.name === name);
  const listed = Array.isArray(pageFolder.contentTypes) ? pageFolder.contentTypes : [];
  const contentType = listed.map(named).find((type) => type !== undefined) ?? named('default') ?? contentTypes[0];
  return contentType === undefined ? null : collectFields(settingsList(contentType.fields), frontMatterField);
}
