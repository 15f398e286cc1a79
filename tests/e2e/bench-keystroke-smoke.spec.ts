import {
  lettersToType,
  placeCursorMidParagraph,
  setPreviewShown,
  timeMarkdownItPeer,
  typeMeasured,
  waitForPreview,
} from '../../bench/browser/keystroke-session';
import { expect, readDiskPosts, test, titleLine } from './harness';

// A few keystrokes through the keystroke benchmark's probe (bench/browser/keystroke.browser-bench.ts),
// so that the benchmark cannot rot unnoticed: `npm run bench` is not part of `npm test`.

const isPositiveTime = (value: number | null) => value !== null && Number.isFinite(value) && value > 0;

test('the keystroke benchmark times keys to the preview and to the paint, preview on and off', async ({
  app,
  lanyard,
}) => {
  const [post] = await readDiskPosts(app.site);
  if (!post) throw new Error('the sample blog has no posts');
  await lanyard.openPost(post.title, titleLine(post));
  const letters = lettersToType(4);

  await placeCursorMidParagraph(app.page, 'Probeon');
  await waitForPreview(app.page, 'Probeon');
  const on = await typeMeasured(app.page, 'Probeon', letters, true);
  expect(on).toHaveLength(letters.length);
  for (const sample of on) {
    expect(isPositiveTime(sample.keyToPaint), `key to paint: ${sample.keyToPaint}`).toBe(true);
    expect(isPositiveTime(sample.keyToPreview), `key to preview: ${String(sample.keyToPreview)}`).toBe(true);
    expect(sample.framesToPreview).toBeGreaterThanOrEqual(1);
  }
  await expect(lanyard.preview).toContainText(`Probeon${letters}`);

  await setPreviewShown(lanyard, false);
  await placeCursorMidParagraph(app.page, 'Probeoff');
  const off = await typeMeasured(app.page, 'Probeoff', letters, false);
  expect(off.map((sample) => isPositiveTime(sample.keyToPaint))).toEqual(letters.split('').map(() => true));
  expect(off.map((sample) => sample.keyToPreview)).toEqual(letters.split('').map(() => null));
  await lanyard.expectEditorToContain(`Probeoff${letters}`);

  const peer = await timeMarkdownItPeer(app.page, post.text, 2);
  expect(peer).toHaveLength(2);
  for (const time of peer) expect(Number.isFinite(time) && time > 0, `markdown-it: ${time}`).toBe(true);
});
