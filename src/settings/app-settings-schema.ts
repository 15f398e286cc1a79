import { z } from 'zod';
import {
  defaultAppSettings,
  editorFonts,
  fontSizeRange,
  lineWidthRange,
  maxSpellcheckLanguages,
  themes,
  type AppSettings,
} from './app-settings';

/** A BCP-47 language tag as Chromium's spellchecker names its dictionaries: `en`, `en-US`, `pt-BR`. */
const languageTag = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a spelling language is a tag like en-US or de');

const branchName = z
  .string()
  .trim()
  .min(1, 'a branch name is required')
  .max(255, 'the branch name is too long')
  .regex(/^[^-\s~^:?*[\\][^\s~^:?*[\\]*$/, 'not a branch name')
  .refine((value) => !value.includes('..') && !value.endsWith('.lock') && !value.endsWith('/'), 'not a branch name');

const commitTemplate = z
  .string()
  .trim()
  .min(1, 'a commit message template cannot be empty')
  .max(200, 'the template is too long')
  .refine((value) => !/[\r\n]/.test(value), 'a template is one line');

/** Each setting's own rule; the patch and the reading of a stored file both use them. */
const fields = {
  theme: z.enum(themes),
  editorFont: z.enum(editorFonts),
  fontSize: z
    .number()
    .int('the font size is a whole number')
    .min(fontSizeRange.min, `the font size is at least ${fontSizeRange.min}`)
    .max(fontSizeRange.max, `the font size is at most ${fontSizeRange.max}`),
  lineWidth: z
    .number()
    .int('the line width is a whole number of characters')
    .min(lineWidthRange.min, `a line is at least ${lineWidthRange.min} characters`)
    .max(lineWidthRange.max, `a line is at most ${lineWidthRange.max} characters; choose the full width for more`)
    .nullable(),
  spellcheck: z.boolean(),
  spellcheckLanguages: z
    .array(languageTag)
    .max(maxSpellcheckLanguages, `at most ${maxSpellcheckLanguages} spelling languages`)
    .refine((tags) => new Set(tags).size === tags.length, 'a spelling language is listed twice'),
  imageDefaults: z.strictObject({
    maxEdge: z.number().int().min(200).max(12000).nullable().optional(),
    format: z.enum(['auto', 'jpeg', 'webp', 'avif']).nullable().optional(),
    quality: z.number().int().min(1).max(100).nullable().optional(),
    keepAuthorship: z.boolean().nullable().optional(),
    keepLocation: z.boolean().nullable().optional(),
    linkStyle: z.enum(['markdown', 'html', 'figure']).nullable().optional(),
  }),
  publishBranch: branchName.nullable(),
  commitTemplates: z.strictObject({
    publish: commitTemplate.nullable().optional(),
    update: commitTemplate.nullable().optional(),
    unpublish: commitTemplate.nullable().optional(),
  }),
};

/** The argument of `app.updateSettings`: any of the settings, each checked by its own rule. */
export const appSettingsPatch = z.strictObject({
  theme: fields.theme.optional(),
  editorFont: fields.editorFont.optional(),
  fontSize: fields.fontSize.optional(),
  lineWidth: fields.lineWidth.optional(),
  spellcheck: fields.spellcheck.optional(),
  spellcheckLanguages: fields.spellcheckLanguages.optional(),
  imageDefaults: fields.imageDefaults.optional(),
  publishBranch: fields.publishBranch.optional(),
  commitTemplates: fields.commitTemplates.optional(),
});

/**
 * The settings as stored, each field that breaks its rule (a hand-edited file, an older
 * version's value) replaced by the default, so one bad value never loses the others.
 */
export function readAppSettings(stored: unknown): AppSettings {
  const source = asRecord(stored);
  const read: Record<string, unknown> = { ...defaultAppSettings };
  for (const [key, schema] of Object.entries(fields)) {
    if (key === 'imageDefaults' || key === 'commitTemplates') continue;
    const parsed = (schema as z.ZodType).safeParse(source[key]);
    if (parsed.success) read[key] = parsed.data;
  }
  read.imageDefaults = validFieldsOf(fields.imageDefaults, source.imageDefaults);
  read.commitTemplates = validFieldsOf(fields.commitTemplates, source.commitTemplates);
  return read as unknown as AppSettings;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields of a stored object that pass their rule and are set; null there means "not set". */
function validFieldsOf(schema: z.ZodObject, stored: unknown): Record<string, unknown> {
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(asRecord(stored))) {
    const field = schema.shape[key] as z.ZodType | undefined;
    if (value !== null && value !== undefined && field?.safeParse(value).success) valid[key] = value;
  }
  return valid;
}
