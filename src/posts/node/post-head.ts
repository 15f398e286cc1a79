import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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

function readStart(descriptor: number, length: number): Uint8Array {
  const buffer = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const bytesRead = readSync(descriptor, buffer, filled, length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function isWholeFileUtf8(descriptor: number): boolean {
  const { size } = fstatSync(descriptor);
  if (size > fullCheckBytes) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(readStart(descriptor, size));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the first 16 KB of a post, more only while its front matter has not closed. A post of
 * up to 1 MB is checked for UTF-8 whole; past that, a bad byte beyond the head is caught when
 * the post is opened.
 *
 * Synchronous, because the post index reads thousands of heads: through the thread pool each
 * open, read and close is a round trip costing more than the system call itself (about 4×
 * overall for 10,000 posts). The index calls it in slices that leave the event loop free.
 */
export function readPostHead(file: string): PostHead {
  const descriptor = openSync(file, 'r');
  try {
    for (let length = headBytes; ; length *= 4) {
      const bytes = readStart(descriptor, length);
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
        if (!complete && !isWholeFileUtf8(descriptor)) return { problem: 'it is not UTF-8 text' };
        return { text, complete };
      }
    }
  } finally {
    closeSync(descriptor);
  }
}
