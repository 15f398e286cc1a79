import type { ImageSettings } from '../images/image-settings';
import type { CommitTemplates } from '../publish/commit-message';

/** Light, dark, or whatever the system uses. */
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/**
 * The editor fonts a writer can pick, as CSS font stacks. A short list of stacks every system
 * can draw, rather than a free family name: nothing the settings file says becomes CSS text.
 */
export const editorFontStacks = {
  default: 'var(--ui-font)',
  serif: "'Iowan Old Style', 'Palatino Linotype', Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "'Helvetica Neue', 'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
  mono: 'var(--mono-font)',
} as const;
export type EditorFont = keyof typeof editorFontStacks;
export const editorFonts = ['default', 'serif', 'sans', 'mono'] as const satisfies ReadonlyArray<EditorFont>;

export const fontSizeRange = { min: 10, max: 32 } as const;
/** The widest line, in characters; wider than this is `null`, the pane's full width. */
export const lineWidthRange = { min: 50, max: 140 } as const;
export const maxSpellcheckLanguages = 5;

/** The photo settings that make sense for every site; folders stay per site. */
export type PhotoDefaults = Pick<
  ImageSettings,
  'maxEdge' | 'format' | 'quality' | 'keepAuthorship' | 'keepLocation' | 'linkStyle'
>;
export const photoDefaultKeys = [
  'maxEdge',
  'format',
  'quality',
  'keepAuthorship',
  'keepLocation',
  'linkStyle',
] as const satisfies ReadonlyArray<keyof PhotoDefaults>;

/** The writer's own settings, for every site; kept in the main process. */
export interface AppSettings {
  theme: Theme;
  editorFont: EditorFont;
  /** Editor text size in CSS pixels. */
  fontSize: number;
  /** The longest editor line in characters; null for the pane's full width. */
  lineWidth: number | null;
  spellcheck: boolean;
  /** BCP-47 tags (`en-US`, `de`); empty for the system's languages. */
  spellcheckLanguages: string[];
  /** Photo settings for sites that have not set their own. */
  imageDefaults: Partial<PhotoDefaults>;
  /** The branch posts are meant to be published to; null for whichever branch is checked out. */
  publishBranch: string | null;
  /** Commit message templates for sites that have not set their own. */
  commitTemplates: Partial<CommitTemplates>;
}

export const defaultAppSettings: AppSettings = {
  theme: 'system',
  editorFont: 'default',
  fontSize: 16,
  lineWidth: 72,
  spellcheck: true,
  spellcheckLanguages: [],
  imageDefaults: {},
  publishBranch: null,
  commitTemplates: {},
};

/**
 * A change to the settings. A field left out (or undefined) is kept. In `imageDefaults` and
 * `commitTemplates`, a field set to null goes back to Lanyard's own default.
 */
export interface AppSettingsPatch {
  theme?: Theme | undefined;
  editorFont?: EditorFont | undefined;
  fontSize?: number | undefined;
  lineWidth?: number | null | undefined;
  spellcheck?: boolean | undefined;
  spellcheckLanguages?: string[] | undefined;
  imageDefaults?: { [K in keyof PhotoDefaults]?: PhotoDefaults[K] | null | undefined } | undefined;
  publishBranch?: string | null | undefined;
  commitTemplates?: { [K in keyof CommitTemplates]?: string | null | undefined } | undefined;
}

/** The fields of `values` that say something: undefined and null ones are dropped. */
function definedOnly<T extends object>(values: T): Partial<{ [K in keyof T]: Exclude<T[K], null | undefined> }> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<{ [K in keyof T]: Exclude<T[K], null | undefined> }>;
}

/** `current` with `patch` applied; nested defaults merge field by field, null clearing a field. */
export function applyAppSettingsPatch(current: AppSettings, patch: AppSettingsPatch): AppSettings {
  const { imageDefaults, commitTemplates, ...flat } = patch;
  const next: AppSettings = { ...current, ...definedOnly(flat) };
  // null is a value here, not "keep": it means the full width, or the branch checked out.
  if (patch.lineWidth === null) next.lineWidth = null;
  if (patch.publishBranch === null) next.publishBranch = null;
  if (imageDefaults) next.imageDefaults = mergeClearing(current.imageDefaults, imageDefaults);
  if (commitTemplates) next.commitTemplates = mergeClearing(current.commitTemplates, commitTemplates);
  return next;
}

function mergeClearing<T extends object>(
  current: Partial<T>,
  patch: { [K in keyof T]?: T[K] | null | undefined },
): Partial<T> {
  const next: Partial<T> = { ...current, ...definedOnly(patch) };
  for (const [key, value] of Object.entries(patch)) if (value === null) delete next[key as keyof T];
  return next;
}

/**
 * A setting as it applies to one site, field by field: the site's own value, else the writer's
 * app-wide value, else Lanyard's default.
 */
export function withFallbacks<T extends object>(
  site: Partial<T> | undefined,
  app: Partial<T> | undefined,
  defaults: T,
): T {
  return { ...defaults, ...definedOnly(app ?? {}), ...definedOnly(site ?? {}) };
}

/** The CSS font stack of an editor font. */
export function editorFontStack(font: EditorFont): string {
  return editorFontStacks[font];
}
