import { promises as fs } from 'node:fs';
import { splitFrontMatter } from '../../frontmatter/split-front-matter';

/** Enough for the front matter and first heading of nearly every post. */
const headBytes = 16 * 1024;
/** Front matter longer than this is not front matter anyone maintains by hand; stop looking. */
const maxHeadBytes = 1024 * 1024;
/** Posts up to this size are checked for UTF-8 whole, so the list never calls one readable wrongly. */
const fullCheckBytes = 1024 * 1024;
/** How far into a file to look for a NUL byte, as git does, to tell binary from text. */
const binarySniffLength = 8192;

/** The start of a post as text, or why it is not text. */
export type PostHead = { text: string; complete: boolean } | { problem: string };

async function readStart(handle: fs.FileHandle, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

async function isWholeFileUtf8(handle: fs.FileHandle): Promise<boolean> {
  const { size } = await handle.stat();
  if (size > fullCheckBytes) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(await readStart(handle, size));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the first 16 KB of a post, more only while its front matter has not closed. A post of
 * up to 1 MB is checked for UTF-8 whole; past that, a bad byte beyond the head is caught when
 * the post is opened.
 */
export async function readPostHead(file: string): Promise<PostHead> {
  const handle = await fs.open(file, 'r');
  try {
    for (let length = headBytes; ; length *= 4) {
      const bytes = await readStart(handle, length);
      const complete = bytes.length < length;
      if (bytes.subarray(0, binarySniffLength).includes(0)) return { problem: 'it looks like a binary file' };
      let text: string;
      try {
        // Streaming mode leaves a character cut at the end of the head undecoded instead of failing.
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
      } catch {
        return { problem: 'it is not UTF-8 text' };
      }
      if (complete || length >= maxHeadBytes || !splitFrontMatter(text).unclosed) {
        if (!complete && !(await isWholeFileUtf8(handle))) return { problem: 'it is not UTF-8 text' };
        return { text, complete };
      }
    }
  } finally {
    await handle.close();
  }
}
