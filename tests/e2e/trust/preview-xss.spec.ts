import { recordTrustFigure } from '../../trust/trust-figures';
import { expect } from '../harness';
import { describeIncident, runXssCorpus, test } from './xss-run';
import { xssCorpus } from './xss-corpus';

/**
 * Issue 9, "Nothing injected": every payload of the corpus, rendered in the real preview of the
 * renderer Lanyard ships, runs no script, navigates nowhere and loads nothing off the app's origin;
 * and the sanitizer leaves the CSP nothing to stop. (csp-only.spec.ts: the CSP alone.)
 */
test('no payload of the XSS corpus runs, navigates or loads anything in the preview', async ({ app, lanyard }) => {
  test.setTimeout(120_000);
  expect(xssCorpus.length).toBeGreaterThanOrEqual(150);
  const { found, renders, executed, count } = await runXssCorpus(app, lanyard);
  const tried = xssCorpus.length;
  console.log(
    `XSS corpus: ${tried} payloads in ${renders} renders; executed ${executed}, navigations ${count('navigation')}, ` +
      `off-origin requests ${count('request')}, stopped only by the CSP ${count('csp')}`,
  );
  const area = 'Nothing injected';
  const figure = (what: string, failure: string, failed: number) =>
    recordTrustFigure({ area, what: `preview XSS corpus: ${what}`, tried, failure, failed });
  figure('payloads rendered', 'payloads executed', executed);
  figure('window navigations', 'navigations of the window', count('navigation'));
  figure('network', 'requests off the app origin', count('request'));
  figure('sanitizer misses', 'loads or scripts only the CSP stopped', count('csp'));
  expect(found.map(describeIncident), 'nothing a payload tried took effect').toEqual([]);
});
