import type { TestType } from '@playwright/test';
import { recordTrustFigure, type TrustFigure } from '../../../trust/trust-figures';

/**
 * Records a spec file's cases as one trust figure: each test is a case tried, each that did not
 * pass counts as a failure. Call once at the top of a spec file whose tests run in one worker
 * (the default for a file here), with the `test` it declares its tests on.
 */
export function recordCasesAsFigure(
  test: TestType<object, object>,
  figure: Omit<TrustFigure, 'tried' | 'failed'>,
): void {
  let tried = 0;
  let held = 0;
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook asks for from this pattern
  test.afterEach(({}, info) => {
    tried++;
    if (info.status === info.expectedStatus) held++;
  });
  test.afterAll(() => {
    if (tried > 0) recordTrustFigure({ ...figure, tried, failed: tried - held });
  });
}
