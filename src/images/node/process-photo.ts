import exifReader from 'exif-reader';
import sharp from 'sharp';
import type { Exif, Metadata, OutputInfo, Sharp } from 'sharp';
import { LanyardError } from '../../api/lanyard-error';
import type { ImageSettings } from '../image-settings';

/** A photo ready to write into the site: upright, fitted, re-encoded, without metadata. */
export interface ProcessedPhoto {
  data: Buffer;
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
  /** The file extension to write, without the dot: jpg, png, webp, avif, gif. */
  extension: string;
  width: number;
  height: number;
}

/** Pixels above which a photo is refused before decoding (about 200 megapixels). */
export const MAX_INPUT_PIXELS = 200_000_000;

type OutputFormat = ProcessedPhoto['format'];
// `png-or-jpeg`: PNG, unless the picture is opaque and a JPEG of it is much smaller.
type Plan = OutputFormat | 'png-or-jpeg';
type Pixels = { data: Buffer; info: OutputInfo };

const readableFormats = new Set(['jpeg', 'png', 'webp', 'heif', 'gif', 'tiff']);
// Major brands HEVC cameras (iPhones) write; mif1/msf1 may also be AVIF, told apart by the compression.
const heicBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);
const extensions: Record<OutputFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif' };
const settingFormats = new Set<ImageSettings['format']>(['auto', 'jpeg', 'webp', 'avif']);
// Screenshots stay PNG (crisp text) unless that costs more than this many times a JPEG's size.
const PNG_TO_JPEG_RATIO = 3;
// Up to this many colours a palette PNG loses nothing.
const PALETTE_COLOURS = 256;
// Damaged pixel data (a truncated JPEG included) is refused rather than filled with grey;
// mere warnings, which some cameras' files raise, are not.
const FAIL_ON = 'error';
// libvips can only write these GPS tags (BYTE values) as their defaults, so they are not copied.
const unwritableGpsTags = new Set(['GPSVersionID', 'GPSAltitudeRef']);

const messages = {
  empty: 'The file is empty.',
  notPhoto: "This isn't a photo Lanyard can read (JPEG, PNG, WebP, AVIF, GIF or TIFF).",
  damaged: "The photo looks damaged or incomplete, so Lanyard can't read it. Copy it from the camera or phone again.",
  heic:
    "iPhone HEIC photos can't be read here yet. On the iPhone, set Settings → Camera → Formats → Most Compatible, " +
    'or export the photo as JPEG (Photos → Share → Save as JPEG / AirDrop to a Mac converts it), then drop the JPEG.',
  cancelled: 'The import was cancelled.',
};

const invalid = (message: string) => new LanyardError('invalid-argument', message);

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new LanyardError('refused', messages.cancelled);
}

function checkSettings({ maxEdge, quality, format }: ImageSettings): void {
  if (!Number.isInteger(maxEdge) || maxEdge < 1) {
    throw invalid(`The longest edge for photos must be a whole number of pixels, not ${maxEdge}.`);
  }
  if (!Number.isInteger(quality) || quality < 1 || quality > 100) {
    throw invalid(`The photo quality must be a whole number from 1 to 100, not ${quality}.`);
  }
  if (!settingFormats.has(format)) throw invalid(`"${String(format)}" is not a photo format Lanyard writes.`);
}

// The `ftyp` box's brand tells an HEIC file even when the rest is too broken to parse.
function hasHeicBrand(input: Uint8Array): boolean {
  const box = String.fromCharCode(...input.subarray(4, 12));
  return box.startsWith('ftyp') && heicBrands.has(box.slice(4));
}

async function readMetadata(input: Uint8Array): Promise<Metadata> {
  try {
    // Only the header is read; the pixel limit is checked afterwards so the message can give the size.
    return await sharp(input, { limitInputPixels: false, failOn: FAIL_ON }).metadata();
  } catch (error) {
    if (hasHeicBrand(input)) throw invalid(messages.heic);
    const unsupported = error instanceof Error && /unsupported image format/i.test(error.message);
    throw invalid(unsupported ? messages.notPhoto : messages.damaged);
  }
}

function checkPixelCount({ width, height, pages }: Metadata, animated: boolean): void {
  const frames = animated ? (pages ?? 1) : 1;
  const pixels = width * height * frames;
  if (pixels <= MAX_INPUT_PIXELS) return;
  const size = `${width}×${height}, ${Math.ceil(pixels / 1e6)} megapixels`;
  const what = animated ? `The animation has ${frames} frames of ${size} in all` : `The photo is ${size}`;
  throw invalid(`${what}; Lanyard takes photos up to ${MAX_INPUT_PIXELS / 1e6} megapixels.`);
}

function planFormat(meta: Metadata, animated: boolean, format: ImageSettings['format']): Plan {
  if (format !== 'auto') return format;
  if (animated) return meta.format === 'webp' ? 'webp' : 'gif';
  if (meta.format === 'jpeg') return 'jpeg';
  if (meta.format === 'heif') return meta.compression === 'av1' ? 'avif' : 'jpeg';
  return 'png-or-jpeg';
}

// exif-reader hands non-ASCII text over as bytes; Copyright may hold photographer and editor split by NUL.
function exifText(value: unknown): string | null {
  const decoded = Buffer.isBuffer(value) ? value.toString('utf8') : value;
  if (typeof decoded !== 'string') return null;
  const parts = decoded.split('\0').map((part) => part.trim());
  return parts.filter(Boolean).join('; ') || null;
}

// libvips rounds plain decimals to three places but writes `n/d` exactly.
function rational(value: number): string {
  let denominator = 1;
  const inexact = () => Math.abs(Math.round(value * denominator) - value * denominator) > 1e-6;
  while (inexact() && denominator < 1e6 && value * denominator * 10 < 2 ** 32) denominator *= 10;
  return `${Math.round(value * denominator)}/${denominator}`;
}

function gpsText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() ? value : null;
  const numbers: unknown[] = typeof value === 'number' ? [value] : Array.isArray(value) ? value : [];
  const valid = numbers.length > 0 && numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
  return valid ? (numbers as number[]).map(rational).join(' ') : null;
}

function gpsTags(gps: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(gps)) {
    const text = name.startsWith('GPS') && !unwritableGpsTags.has(name) ? gpsText(value) : null;
    if (text !== null) kept[name] = text;
  }
  // Below sea level cannot be written (BYTE tag), and an altitude without it would read as above.
  if (gps.GPSAltitudeRef === 1) delete kept.GPSAltitude;
  return kept;
}

// EXIF that can't be parsed is dropped rather than failing the import: stripping is the safe side.
function exifToKeep(raw: Buffer | undefined, settings: ImageSettings): Exif | null {
  if (!raw || !(settings.keepAuthorship || settings.keepLocation)) return null;
  let tags: ReturnType<typeof exifReader>;
  try {
    tags = exifReader(raw);
  } catch {
    return null;
  }
  const exif: Exif = {};
  const authorship: Record<string, string> = {};
  for (const name of settings.keepAuthorship ? ['Artist', 'Copyright'] : []) {
    const text = exifText(tags.Image?.[name]);
    if (text !== null) authorship[name] = text;
  }
  if (Object.keys(authorship).length > 0) exif.IFD0 = authorship;
  const gps = settings.keepLocation && tags.GPSInfo ? gpsTags(tags.GPSInfo) : {};
  if (Object.keys(gps).length > 0) exif.IFD3 = gps;
  return exif.IFD0 || exif.IFD3 ? exif : null;
}

// libvips' own errors mean nothing to a writer.
async function decoding<T>(step: () => Promise<T>, heic: boolean): Promise<T> {
  try {
    return await step();
  } catch {
    throw invalid(heic ? messages.heic : messages.damaged);
  }
}

function encoder(image: Sharp, format: OutputFormat, quality: number, palette: boolean): Sharp {
  switch (format) {
    case 'jpeg':
      // mozjpeg's quantisation tables (table 3) on a baseline JPEG with optimised Huffman codes:
      // on a 12 MP photo, 14% smaller than the standard tables at the same speed. Its trellis
      // search and progressive scans saved 12% more but doubled the time of an import, and the
      // writer waits for every photo at the venue.
      return image.flatten({ background: '#ffffff' }).jpeg({ quality, quantisationTable: 3 });
    case 'png':
      // Palette PNGs only for few colours, where quantising loses nothing.
      return image.png(
        palette ? { compressionLevel: 9, palette, quality: 100, dither: 0, effort: 10 } : { compressionLevel: 9 },
      );
    case 'webp':
      return image.webp({ quality });
    case 'avif':
      return image.avif({ quality });
    case 'gif':
      return image.gif();
  }
}

async function encode(
  image: Sharp,
  format: OutputFormat,
  settings: ImageSettings,
  exif: Exif | null,
  palette = false,
): Promise<ProcessedPhoto> {
  const tagged = exif ? image.withExif(exif) : image;
  const { data, info } = await encoder(tagged, format, settings.quality, palette).toBuffer({ resolveWithObject: true });
  return { data, format, extension: extensions[format], width: info.width, height: info.pageHeight ?? info.height };
}

// Screenshots often carry an alpha channel that is opaque everywhere; it only costs bytes.
function summarize(data: Buffer, channels: number): { translucent: boolean; fewColours: boolean } {
  const alpha = channels % 2 === 0 ? channels - 1 : -1;
  const colours = new Set<number>();
  let translucent = false;
  for (let pixel = 0; pixel < data.length; pixel += channels) {
    if (alpha >= 0 && data[pixel + alpha] !== 255) translucent = true;
    if (colours.size <= PALETTE_COLOURS) {
      let colour = 0;
      for (let channel = 0; channel < channels; channel++) colour = colour * 256 + (data[pixel + channel] ?? 0);
      colours.add(colour);
    } else if (translucent || alpha < 0) {
      break;
    }
  }
  return { translucent, fewColours: colours.size <= PALETTE_COLOURS };
}

async function encodeStill(pixels: Pixels, plan: Plan, settings: ImageSettings, exif: Exif | null) {
  const { width, height, channels } = pixels.info;
  const { translucent, fewColours } = summarize(pixels.data, channels);
  const image = () => {
    const raw = sharp(pixels.data, { raw: { width, height, channels } });
    return channels % 2 === 0 && !translucent ? raw.removeAlpha() : raw;
  };
  if (plan !== 'png-or-jpeg') return encode(image(), plan, settings, exif);
  const png = await encode(image(), 'png', settings, exif, fewColours);
  if (translucent) return png;
  const jpeg = await encode(image(), 'jpeg', settings, exif);
  return png.data.length > PNG_TO_JPEG_RATIO * jpeg.data.length ? jpeg : png;
}

/**
 * Turns a dropped or chosen photo into the file Lanyard writes: turned upright from its EXIF
 * orientation, fitted inside `maxEdge` (never enlarged), re-encoded (`auto`: JPEG stays JPEG,
 * PNG/WebP/TIFF/still GIF become PNG unless opaque and over 3× a JPEG, animations keep
 * animating, AVIF stays AVIF) and stripped of all metadata, except Artist/Copyright and GPS when
 * the settings keep them. Colours are converted to sRGB and no ICC profile is embedded, which is
 * what browsers assume. Headers are read first, so over-large photos are refused before any
 * pixel is decoded; decoding is sequential and JPEGs shrink while loading, so memory stays small.
 * Bad input throws `invalid-argument` with a writer-facing sentence that doesn't name the file
 * (the caller prefixes it); an aborted `signal`, checked between steps, throws `refused`.
 */
export async function processPhoto(
  input: Uint8Array,
  settings: ImageSettings,
  signal?: AbortSignal,
): Promise<ProcessedPhoto> {
  throwIfCancelled(signal);
  checkSettings(settings);
  if (input.length === 0) throw invalid(messages.empty);
  const meta = await readMetadata(input);
  if (!readableFormats.has(meta.format)) throw invalid(messages.notPhoto);
  const heic = meta.format === 'heif' && meta.compression !== 'av1';
  const animatable = (meta.format === 'gif' || meta.format === 'webp') && (meta.pages ?? 1) > 1;
  const plan = planFormat(meta, animatable, settings.format);
  const animation = animatable && (plan === 'gif' || plan === 'webp') ? plan : null;
  const animated = animation !== null;
  checkPixelCount(meta, animated);
  const exif = exifToKeep(meta.exif, settings);
  throwIfCancelled(signal);

  const { maxEdge } = settings;
  const decoder = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: FAIL_ON, sequentialRead: true, animated })
    .autoOrient()
    .resize({ width: maxEdge, height: maxEdge, fit: 'inside', withoutEnlargement: true });
  // A JPEG needs no look at its pixels (alpha and colour count only matter for PNG), so it is
  // encoded in the same libvips pipeline that decodes it, with no copy through JavaScript.
  const direct = animation ?? (plan === 'jpeg' ? plan : null);
  if (direct) {
    const photo = await decoding(() => encode(decoder, direct, settings, exif), heic);
    throwIfCancelled(signal);
    return photo;
  }
  const pixels = await decoding(() => decoder.raw().toBuffer({ resolveWithObject: true }), heic);
  throwIfCancelled(signal);
  const photo = await encodeStill(pixels, plan, settings, exif);
  throwIfCancelled(signal);
  return photo;
}
