import zlib from 'node:zlib';
import sharp from 'sharp';

const blue = { r: 40, g: 90, b: 200 };
/** The colour of the block generated photos have in their stored top-left corner. */
export const markerColour = { r: 230, g: 30, b: 30 };

/** The GPS position written into generated photos, as exif-reader reads it back. */
export const generatedGps = {
  GPSLatitudeRef: 'N',
  GPSLatitude: [38, 42, 12.34],
  GPSLongitudeRef: 'W',
  GPSLongitude: [9, 8, 30.5],
  GPSAltitude: 125.5,
  GPSDateStamp: '2026:05:01',
};

export interface CameraPhotoOptions {
  width: number;
  height: number;
  /** EXIF orientation 1…8; 1 (upright) when left out. */
  orientation?: number;
  /** Write the GPS position of `generatedGps`, in EXIF and in XMP. */
  gps?: boolean;
  make?: string;
  model?: string;
  artist?: string;
  copyright?: string;
}

const definedOnly = (tags: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(tags).filter((entry): entry is [string, string] => entry[1] !== undefined));

const gpsXmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="38,42.2057N" exif:GPSLongitude="9,8.5083W"/>
</rdf:RDF></x:xmpmeta>`;

/**
 * A camera-style JPEG: blue with a red block over the top-left quarter as stored (so turning
 * can be checked), an sRGB ICC profile, a capture date, and the EXIF fields asked for.
 */
export async function largeJpegWithExif(options: CameraPhotoOptions): Promise<Buffer> {
  const { width, height, orientation = 1 } = options;
  const marker = await sharp({
    create: { width: Math.ceil(width / 4), height: Math.ceil(height / 4), channels: 3, background: markerColour },
  })
    .png()
    .toBuffer();
  const ifd0 = definedOnly({
    Make: options.make,
    Model: options.model,
    Artist: options.artist,
    Copyright: options.copyright,
    Software: 'Lanyard test camera',
  });
  const { GPSLatitude, GPSLongitude, GPSAltitude, ...gpsText } = generatedGps;
  const gps = {
    ...gpsText,
    GPSLatitude: GPSLatitude.join(' '),
    GPSLongitude: GPSLongitude.join(' '),
    GPSAltitude: String(GPSAltitude),
  };
  const photo = sharp({ create: { width, height, channels: 3, background: blue } })
    .composite([{ input: marker, left: 0, top: 0 }])
    .withExif({ IFD0: ifd0, IFD2: { DateTimeOriginal: '2026:05:01 10:00:00' }, ...(options.gps ? { IFD3: gps } : {}) })
    .withMetadata({ orientation });
  return (options.gps ? photo.withXmp(gpsXmp) : photo).jpeg({ quality: 90 }).toBuffer();
}

/** A screenshot-like PNG: flat UI colours with crisp edges, saved with an opaque alpha channel. */
export async function pngScreenshot(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" shape-rendering="crispEdges">
  <rect width="${width}" height="${height}" fill="#f4f5f7"/>
  <rect width="${width}" height="${Math.ceil(height / 10)}" fill="#1f2937"/>
  <rect x="${Math.floor(width / 20)}" y="${Math.floor(height / 5)}" width="${Math.floor(width / 3)}" height="${Math.ceil(height / 25)}" fill="#3b82f6"/>
  <rect x="${Math.floor(width / 20)}" y="${Math.floor(height / 3)}" width="${Math.floor(width / 2)}" height="${Math.ceil(height / 40)}" fill="#9ca3af"/>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A PNG of a photo: noisy, many colours, opaque, so a JPEG of it is far smaller. */
export async function photoPng(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: blue, noise: { type: 'gaussian', mean: 120, sigma: 40 } },
  })
    .png()
    .toBuffer();
}

/** A PNG whose pixels are half see-through. */
export async function translucentPng(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { ...blue, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

/** An animated GIF cycling through red, green and blue frames. */
export async function animatedGif(width: number, height: number): Promise<Buffer> {
  const frames = await Promise.all(
    ['red', 'green', 'blue'].map((background) =>
      sharp({ create: { width, height, channels: 3, background } })
        .png()
        .toBuffer(),
    ),
  );
  return sharp(frames, { join: { animated: true } })
    .gif({ delay: [200, 200, 200], loop: 0 })
    .toBuffer();
}

/** A real JPEG cut off halfway through its picture data, as an interrupted copy leaves it. */
export async function corruptJpeg(): Promise<Buffer> {
  const whole = await sharp({
    create: {
      width: 800,
      height: 600,
      channels: 3,
      background: blue,
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .jpeg()
    .toBuffer();
  return whole.subarray(0, whole.length >> 1);
}

export const zeroBytes = (): Buffer => Buffer.alloc(0);

export const textFile = (): Buffer =>
  Buffer.from('# Day 1 notes\n\nThe keynote started late; the coffee was good.\n'.repeat(20));

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A tiny, well-formed PNG whose header declares `width`×`height` pixels it does not hold. */
export function hugePngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2], 8); // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const pixels = zlib.deflateSync(Buffer.alloc(1024));
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const uint = (bytes: number, value: number) => {
  const buffer = Buffer.alloc(bytes);
  buffer.writeUIntBE(value, 0, bytes);
  return buffer;
};

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([uint(4, 8 + body.length), Buffer.from(type, 'latin1'), body]);
}

const fullBox = (type: string, version: number, ...parts: Buffer[]) =>
  box(type, uint(1, version), uint(3, 0), ...parts);

/**
 * An iPhone-style HEIC file: a well-formed HEIF container whose one picture is HEVC-coded
 * (a stub bitstream), so its header reads but only an HEVC decoder could show it.
 */
export function heicPhoto(width: number, height: number): Buffer {
  const ftyp = box('ftyp', Buffer.from('heic'), uint(4, 0), Buffer.from('mif1heic'));
  // HEVC decoder configuration: version 1, zeroed profile fields, 4-byte NAL lengths, no parameter sets.
  const hvcC = box('hvcC', uint(1, 1), Buffer.alloc(20), uint(1, 3), uint(1, 0));
  const ispe = fullBox('ispe', 0, uint(4, width), uint(4, height));
  const ipma = fullBox('ipma', 0, uint(4, 1), uint(2, 1), uint(1, 2), uint(1, 0x81), uint(1, 0x02));
  const iprp = box('iprp', box('ipco', hvcC, ispe), ipma);
  const hdlr = fullBox('hdlr', 0, uint(4, 0), Buffer.from('pict'), Buffer.alloc(13));
  const pitm = fullBox('pitm', 0, uint(2, 1));
  const iinf = fullBox('iinf', 0, uint(2, 1), fullBox('infe', 2, uint(2, 1), uint(2, 0), Buffer.from('hvc1\0')));
  const bitstream = Buffer.from([0, 0, 0, 4, 0x26, 0x01, 0xaf, 0x09]);
  const iloc = (offset: number) =>
    fullBox(
      'iloc',
      0,
      uint(1, 0x44),
      uint(1, 0),
      uint(2, 1),
      uint(2, 1),
      uint(2, 0),
      uint(2, 1),
      uint(4, offset),
      uint(4, bitstream.length),
    );
  const meta = (offset: number) => fullBox('meta', 0, hdlr, pitm, iloc(offset), iinf, iprp);
  const dataOffset = ftyp.length + meta(0).length + 8;
  return Buffer.concat([ftyp, meta(dataOffset), box('mdat', bitstream)]);
}
