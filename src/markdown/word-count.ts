import { splitFrontMatter } from '../frontmatter/split-front-matter';

/** Words per minute used for the reading time, a common figure for adult silent reading. */
const WORDS_PER_MINUTE = 230;
/** A `<` further than this from its `>` is text, not a tag; likewise for link destinations. */
const MAX_TAG_LENGTH = 2000;

const SEPARATOR = 1;
const LETTER = 2;
const CJK = 3;
const HIGH_SURROGATE = 4;

// Character classes for the BMP. ASCII and surrogates are set up front; other characters are
// classified on first sight, so the Unicode regexes run once per distinct character.
const classes = new Uint8Array(0x10000);
classes.fill(SEPARATOR, 0, 0x80);
classes.fill(LETTER, 0x30, 0x3a);
classes.fill(LETTER, 0x41, 0x5b);
classes.fill(LETTER, 0x61, 0x7b);
classes.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
const LETTER_RE = /[\p{L}\p{N}\p{M}]/u;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function classifyCodePoint(cp: number): number {
  const char = String.fromCodePoint(cp);
  if (CJK_RE.test(char)) return CJK;
  return LETTER_RE.test(char) ? LETTER : SEPARATOR;
}

function classOf(c: number): number {
  const k = classes[c] ?? SEPARATOR;
  if (k !== 0) return k;
  const computed = classifyCodePoint(c);
  classes[c] = computed;
  return computed;
}

/** Characters that keep a word going when a letter follows: don't, e-mail, 3.14, a_b, me@x. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x40 || c === 0x2c;
}

const URL_PREFIXES = ['http://', 'https://', 'www.', 'mailto:', 'ftp://'];

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Counts the words of a post's body and its reading time. Front matter, Markdown syntax, URLs,
 * link destinations, HTML tags and Liquid tags are not words; code is; each CJK character
 * counts as one word. One pass over the text, no backtracking regexes.
 */
export function countWords(text: string): { words: number; readingMinutes: number } {
  const words = new WordCounter(text.slice(splitFrontMatter(text).bodyStart)).count();
  return { words, readingMinutes: words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)) };
}

class WordCounter {
  private words = 0;
  private fenceChar = 0;
  private fenceLength = 0;
  // Next occurrence of each closing sequence at or after the cursor (-1: none left), so each
  // is searched for once per occurrence rather than once per opening.
  private nextGt = -2;
  private nextCommentEnd = -2;
  private nextLiquidEnd = -2;
  private nextTagEnd = -2;

  constructor(private readonly s: string) {}

  count(): number {
    const s = this.s;
    let i = 0;
    let lineStart = true;
    while (i < s.length) {
      let eol = s.indexOf('\n', i);
      if (eol === -1) eol = s.length;
      const from: number = lineStart ? this.lineStart(i, eol) : i;
      // A tag, comment or Liquid tag may run over several lines: go on after it.
      const end: number = from > eol ? from : this.text(from, eol);
      lineStart = end <= eol || s.charCodeAt(end - 1) === 0x0a;
      i = end <= eol ? eol + 1 : end;
    }
    return this.words;
  }

  /** Handles what only matters at a line's start; returns where its text starts (past eol: none). */
  private lineStart(start: number, eol: number): number {
    const s = this.s;
    let i = start;
    while (i < eol && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09) && i - start < 4) i++;
    if (this.fenceLine(i, eol)) return eol + 1;
    if (this.fenceChar !== 0) return i;
    if (s.charCodeAt(i) === 0x5b && this.isDefinition(i, eol)) return eol + 1;
    return this.skipLineMarkers(i, eol);
  }

  /** Opens or closes a code fence; the fence line itself (and its info string) is not counted. */
  private fenceLine(i: number, eol: number): boolean {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c !== 0x60 && c !== 0x7e) return false;
    let j = i;
    while (j < eol && s.charCodeAt(j) === c) j++;
    if (j - i < 3) return false;
    if (this.fenceChar === 0) {
      this.fenceChar = c;
      this.fenceLength = j - i;
      return true;
    }
    if (c !== this.fenceChar || j - i < this.fenceLength || s.slice(j, eol).trim() !== '') return false;
    this.fenceChar = 0;
    return true;
  }

  private isDefinition(i: number, eol: number): boolean {
    const s = this.s;
    for (let j = i + 1; j < eol - 1; j++) {
      if (s.charCodeAt(j) === 0x5d) return s.charCodeAt(j + 1) === 0x3a;
    }
    return false;
  }

  /** Skips blockquote markers, a list marker and a task box: `> 1. [x] `. */
  private skipLineMarkers(i: number, eol: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      let j = i;
      if (c === 0x3e) j = i + 1;
      else if (c === 0x2d || c === 0x2a || c === 0x2b) j = isSpace(s.charCodeAt(i + 1)) ? i + 1 : i;
      else if (c >= 0x30 && c <= 0x39) {
        while (j < eol && j - i < 9 && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
        const d = s.charCodeAt(j);
        j = (d === 0x2e || d === 0x29) && isSpace(s.charCodeAt(j + 1)) ? j + 1 : i;
      } else if (
        c === 0x5b &&
        s.charCodeAt(i + 2) === 0x5d &&
        ' xX'.includes(s[i + 1] ?? '') &&
        isSpace(s.charCodeAt(i + 3))
      ) {
        j = i + 3;
      }
      if (j === i) return i;
      while (j < eol && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09)) j++;
      i = j;
    }
  }

  /** Counts words from `i` to the line's end; returns where it stopped (past eol after a long skip). */
  private text(i: number, eol: number): number {
    const s = this.s;
    const code = this.fenceChar !== 0;
    let words = this.words;
    let inWord = false;
    while (i < eol) {
      const c = s.charCodeAt(i);
      let k = classes[c] ?? SEPARATOR;
      if (k === LETTER) {
        // The hot path: plain letters inside a word.
        if (!inWord) {
          const skip = this.skipUrl(i, eol);
          if (skip > i) {
            i = skip;
            continue;
          }
          words++;
          inWord = true;
        }
        i++;
        continue;
      }
      if (k === 0) k = classOf(c);
      if (k === HIGH_SURROGATE) {
        k = classifyCodePoint(s.codePointAt(i) ?? 0);
        if (k === CJK || (k === LETTER && !inWord)) words++;
        inWord = k === LETTER;
        i += 2;
      } else if (k === LETTER) {
        if (!inWord) words++;
        inWord = true;
        i++;
      } else if (k === CJK) {
        words++;
        inWord = false;
        i++;
      } else if (c === 0x20) {
        inWord = false;
        i++;
      } else if (inWord && c === 0x3a && s.charCodeAt(i + 1) === 0x2f && s.charCodeAt(i + 2) === 0x2f) {
        // `scheme://…`: the word was a URL's scheme.
        words--;
        inWord = false;
        i = this.skipToSpace(i, eol);
      } else if (inWord && isJoiner(c) && i + 1 < eol && classOf(s.charCodeAt(i + 1)) === LETTER) {
        i++;
      } else {
        inWord = false;
        i = this.skipSyntax(i, eol, code);
      }
    }
    this.words = words;
    return i;
  }

  private skipToSpace(i: number, eol: number): number {
    while (i < eol && !isSpace(this.s.charCodeAt(i))) i++;
    return i;
  }

  private skipUrl(i: number, eol: number): number {
    const s = this.s;
    const c = s.charCodeAt(i) | 0x20;
    if (c !== 0x68 && c !== 0x77 && c !== 0x6d && c !== 0x66) return i; // h, w, m, f
    for (const prefix of URL_PREFIXES) {
      if (s.startsWith(prefix, i) && i + prefix.length < eol) return this.skipToSpace(i, eol);
    }
    return i;
  }

  /** Returns the index after a syntax run starting at the separator `s[i]`. */
  private skipSyntax(i: number, eol: number, code: boolean): number {
    const s = this.s;
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c === 0x3c /* < */ && !code) {
      if (s.startsWith('<!--', i)) return this.skipPast(i, '-->', 'nextCommentEnd');
      if (classOf(next) === LETTER || next === 0x2f || next === 0x21 || next === 0x3f) {
        return this.skipPast(i, '>', 'nextGt');
      }
    } else if (c === 0x7b /* { */ && (next === 0x7b || next === 0x25)) {
      return this.skipPast(i, next === 0x7b ? '}}' : '%}', next === 0x7b ? 'nextLiquidEnd' : 'nextTagEnd');
    } else if (c === 0x5d /* ] */ && (next === 0x28 || next === 0x5b)) {
      return this.skipBracketed(i + 1, eol, next, next === 0x28 ? 0x29 : 0x5d);
    } else if (c === 0x26 /* & */) {
      let j = i + 1;
      while (j < eol && j - i < 33 && (classOf(s.charCodeAt(j)) === LETTER || s.charCodeAt(j) === 0x23)) j++;
      if (j > i + 1 && s.charCodeAt(j) === 0x3b) return j + 1;
    }
    return i + 1;
  }

  private skipPast(
    i: number,
    closer: string,
    cache: 'nextGt' | 'nextCommentEnd' | 'nextLiquidEnd' | 'nextTagEnd',
  ): number {
    let at = this[cache];
    if (at !== -1 && at < i) {
      at = this.s.indexOf(closer, i);
      this[cache] = at;
    }
    if (at === -1 || at - i > MAX_TAG_LENGTH) return i + 1;
    return at + closer.length;
  }

  /** Skips `(destination "title")` or `[label]` after a link text, within the line. */
  private skipBracketed(i: number, eol: number, open: number, close: number): number {
    const s = this.s;
    let depth = 0;
    // Bounded, or a long line full of `](` would be scanned once per occurrence.
    const limit = Math.min(eol, i + MAX_TAG_LENGTH);
    for (let j = i; j < limit; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x5c) j++;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) return j + 1;
    }
    return i;
  }
}
