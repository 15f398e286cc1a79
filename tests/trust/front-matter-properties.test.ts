import { describe, expect, it } from 'vitest';
import { frontMatterEditProperties } from '../src/frontmatter/edit-front-matter.properties';
import { recordTrustFigure } from './trust-figures';

/** The issue asks for at least ten thousand generated documents per property. */
const documentsPerProperty = 10_000;

describe('front matter edits over ten thousand generated documents per property', () => {
  for (const { name, check } of frontMatterEditProperties) {
    it(
      name,
      () => {
        const run = check(documentsPerProperty);
        recordTrustFigure({
          area: 'Nothing lost',
          what: `front matter: ${name} (generated documents)`,
          tried: run.numRuns,
          failure: 'a document the edit got wrong',
          failed: run.failed ? 1 : 0,
        });
        expect(run.failed, run.report ?? '').toBe(false);
        expect(run.numRuns).toBe(documentsPerProperty);
      },
      300_000,
    );
  }
});
