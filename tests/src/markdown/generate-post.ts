/** Seeded generator of realistic event-blog Markdown, for equivalence and speed tests. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'keynote speaker session workshop badge lanyard coffee hallway track demo stage ' +
  'audience slides question panel sponsor booth schedule venue ticket lunch talk ' +
  'community open source release feature performance editor preview markdown'
).split(' ');

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sentence(random: () => number): string {
  const n = 5 + Math.floor(random() * 12);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let word = pick(random, WORDS);
    const r = random();
    if (r < 0.05) word = `**${word}**`;
    else if (r < 0.08) word = `_${word}_`;
    else if (r < 0.1) word = `\`${word}()\``;
    else if (r < 0.12) word = `[${word}](https://example.com/${word})`;
    else if (r < 0.13) word = `~~${word}~~`;
    else if (r < 0.14) word = `[${word}][ref${Math.floor(random() * 3)}]`;
    else if (r < 0.15) word = 'https://example.org/page';
    words.push(word);
  }
  const text = words.join(' ');
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  const n = 1 + Math.floor(random() * 4);
  return Array.from({ length: n }, () => sentence(random)).join(random() < 0.3 ? '\n' : ' ');
}

const BLOCKS: ((random: () => number) => string)[] = [
  (r) => paragraph(r),
  (r) => paragraph(r),
  (r) => paragraph(r),
  (r) => `${'#'.repeat(2 + Math.floor(r() * 3))} ${sentence(r).slice(0, -1)}`,
  (r) => Array.from({ length: 2 + Math.floor(r() * 4) }, () => `- ${sentence(r)}`).join('\n'),
  (r) => Array.from({ length: 2 + Math.floor(r() * 3) }, (_, i) => `${i + 1}. ${sentence(r)}`).join('\n\n'),
  (r) => `- [ ] ${sentence(r)}\n- [x] ${sentence(r)}`,
  (r) => `> ${paragraph(r)}\n>\n> ${sentence(r)}`,
  (r) =>
    `\`\`\`${pick(r, ['js', 'python', 'bash', 'yaml', ''])}\nconst a = ${Math.floor(r() * 100)};\n\nfunction f() {\n  return a;\n}\n\`\`\``,
  (r) => `| Time | Session |\n|------|---------|\n| 09:00 | ${pick(r, WORDS)} |\n| 10:30 | ${pick(r, WORDS)} |`,
  (r) =>
    `<figure>\n<img src="/assets/images/${pick(r, WORDS)}.jpg" alt="${pick(r, WORDS)}">\n<figcaption>${sentence(r)}</figcaption>\n</figure>`,
  (r) => `![${pick(r, WORDS)}](/assets/images/${pick(r, WORDS)}.jpg)`,
  (r) => `- ${sentence(r)}\n\n  ${sentence(r)}\n- ${sentence(r)}\n  - ${sentence(r)}`,
  () => '---',
  () => '[ref0]: https://example.com/zero\n[ref1]: https://example.com/one "One"',
  (r) => `    indented code ${pick(r, WORDS)}\n\n    more code`,
];

/** A post body of roughly `size` characters, deterministic for a given seed. */
export function generatePost(size: number, seed = 1): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const block = pick(random, BLOCKS)(random);
    parts.push(block);
    length += block.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}
