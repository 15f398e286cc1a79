import { expect, test } from './harness';

test('errors the renderer does not catch reach the main process log, and only it', async ({ app }) => {
  const reported = () => app.reportedErrors.map(String);
  await app.page.evaluate(() => {
    setTimeout(() => {
      throw new TypeError('the outline lost its heading');
    });
    void Promise.reject(new Error('the word count never arrived'));
  });

  await expect.poll(reported).toContainEqual(expect.stringContaining('TypeError: the outline lost its heading'));
  await expect.poll(reported).toContainEqual(expect.stringContaining('Error: the word count never arrived'));
  const lines = reported();
  expect(lines.find((line) => line.includes('outline'))).toMatch(/^Renderer uncaught error: TypeError: /);
  expect(lines.find((line) => line.includes('word count'))).toMatch(/^Renderer unhandled rejection: Error: /);
  // The report went through the contract's channel, the only way out of the page: the test
  // context refuses every request to anywhere else.
  expect(app.externalLinks).toEqual([]);

  // Both were expected: the harness would otherwise fail the test over them.
  app.reportedErrors.length = 0;
  app.pageErrors.length = 0;
});
