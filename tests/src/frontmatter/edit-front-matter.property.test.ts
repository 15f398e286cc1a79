import { describe, expect, it } from 'vitest';
import { frontMatterEditProperties } from './edit-front-matter.properties';

/** Thousands of documents per property; the trust suite runs the same properties over ten thousand. */
const numRuns = 1500;

describe('front matter edits over generated documents', () => {
  for (const { name, check } of frontMatterEditProperties) {
    it(
      name,
      () => {
        const run = check(numRuns);
        expect(run.failed, run.report ?? '').toBe(false);
      },
      120_000,
    );
  }
});
