import fc from 'fast-check';
import { channelNames, channels, MAX_IMAGE_BYTES, MAX_POST_CHARS, type ChannelName } from '../../../src/api/contract';

const post = '_posts/2026-05-01-day-one.md';
const event = { name: 'DevConf', start: '2026-05-01', end: '2026-05-03', timezone: 'Europe/Prague' };

/**
 * One well-formed argument per channel, the seed every wrong one is mutated from. A channel
 * added to the contract without a row here is still fuzzed with whole wrong values, and the
 * fuzz test names it, so its fields get fuzzed too once it has a row.
 */
export const validArguments: Readonly<Partial<Record<ChannelName, unknown>>> = {
  'site.current': undefined,
  'site.chooseFolder': undefined,
  'site.recent': undefined,
  'site.openRecent': { root: '/home/writer/blog' },
  'site.forgetRecent': { root: '/home/writer/blog' },
  'site.openSample': undefined,
  'posts.recoverKeep': { id: post, text: 'Hello', baseVersion: null },
  'posts.recoverDrop': { id: post },
  'posts.recoverList': undefined,
  'app.settings': undefined,
  'site.previewStyle': undefined,
  'site.updatePreviewStyle': { useSiteStylesheet: true },
  'app.updateSettings': { theme: 'dark', fontSize: 16, spellcheck: true, spellcheckLanguages: ['en-US'] },
  'app.reportError': { kind: 'error', message: 'Something broke', stack: 'Error: Something broke' },
  'site.settings': undefined,
  'site.updateSettings': { postsFolder: 'posts', imagesFolder: null, urlPattern: null },
  'posts.list': undefined,
  'posts.read': { id: post },
  'posts.save': { id: post, text: 'Hello', baseVersion: null },
  'posts.create': { title: 'A new post' },
  'posts.rename': { id: post, title: 'Renamed' },
  'posts.publishState': { id: post },
  'posts.saveElsewhere': { text: 'Hello', suggestedName: 'post.md' },
  'frontmatter.schema': undefined,
  'images.list': undefined,
  'images.choose': undefined,
  'images.import': { postId: post, source: { name: 'photo.jpg', data: new Uint8Array(4) }, batch: 'b1' },
  'images.cancel': { batch: 'b1' },
  'images.check': { id: post },
  'images.removeUnused': { id: post, path: 'assets/images/photo.jpg' },
  'images.settings': undefined,
  'images.updateSettings': { maxEdge: 2000, format: 'jpeg', quality: 80, folder: 'assets/photos' },
  'publish.status': { id: post, liveUpdate: false },
  'publish.run': { id: post, run: 'r1', include: ['assets/images/photo.jpg'], keepMine: false, liveUpdate: false },
  'publish.unpublish': { id: post, run: 'r1' },
  'publish.cancel': { run: 'r1' },
  'publish.queue': undefined,
  'publish.retry': undefined,
  'publish.log': undefined,
  'publish.templates': undefined,
  'publish.updateTemplates': { publish: 'Publish {title}' },
  'publish.initRepository': undefined,
  'publish.addRemote': { url: 'https://example.com/blog.git' },
  'publish.checkoutBranch': { branch: 'main' },
  'publish.abortOperation': undefined,
  'site.cloneFromUrl': { url: 'https://example.com/blog.git', run: 'r1' },
  'events.list': undefined,
  'events.save': { event, replacing: null },
  'events.remove': { id: 'devconf' },
  'events.newDayPost': { eventId: 'devconf', day: null },
  'events.capture': { eventId: null, text: 'A note' },
  'events.syncSeries': { id: 'devconf' },
  'writing.settings': undefined,
  'writing.updateSettings': { updatePlacement: 'top', dailyWordGoal: 500 },
  'writing.recordWords': { id: post, words: 10, day: '2026-05-01' },
  'session.get': undefined,
  'session.update': { lastPostId: post, previewVisible: true, paneWidths: { list: 300, preview: 500 } },
  'shell.openExternal': { url: 'https://example.com/' },
  'app.readyToClose': undefined,
};

/** Longer than every string limit but the post text's; shared, as strings are immutable. */
const longString = 'x'.repeat(8193);
/** Longer than the post text's limit (about 20 MB): made once, passed by reference. */
const hugeString = 'y'.repeat(MAX_POST_CHARS + 1);
/** One byte over the photo limit; the zero pages are never touched, so it costs no memory. */
const hugePhoto = new Uint8Array(MAX_IMAGE_BYTES + 1);

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value };
  return value;
}

/**
 * Values a renderer can send over IPC (structured-clone data): anything at all, deep nesting,
 * oversized strings and bytes, and the usual wrong types.
 */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
  }),
  fc.constantFrom(null, undefined, true, 0, -1, Number.NaN, Infinity, 1e308, '', longString, hugeString),
  fc
    .tuple(fc.integer({ min: 100, max: 5000 }), fc.anything({ maxDepth: 1 }), fc.boolean())
    .map(([depth, leaf, asArray]) => nested(depth, leaf, asArray)),
  fc.array(fc.string(), { minLength: 501, maxLength: 600 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
);

type Shape = Record<string, unknown>;

function isShape(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !(value instanceof Uint8Array) && !Array.isArray(value);
}

/** A valid argument with one field, at any depth of nested objects, replaced by `replace`. */
function withField(shape: Shape, replace: (key: string, value: unknown) => fc.Arbitrary<Shape>): fc.Arbitrary<Shape> {
  const keys = Object.keys(shape);
  return fc.constantFrom(...keys).chain((key) => {
    const inner = shape[key];
    const here = replace(key, inner);
    if (!isShape(inner)) return here;
    return fc.oneof(
      here,
      withField(inner, replace).map((value) => ({ ...shape, [key]: value })),
    );
  });
}

function mutations(valid: Shape): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  return fc.oneof(
    hostileValue,
    // A wrong value in one field, nested ones included.
    withField(valid, (key) => hostileValue.map((value) => ({ ...valid, [key]: value }))).map((value) => value),
    withField(valid, (key) => fc.constant(Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key)))),
    // A key the schema does not know; `__proto__` as an own key, as structured clone can deliver it.
    fc
      .tuple(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 20 }),
          fc.constantFrom('__proto__', 'constructor', 'toString', longString),
        ),
        hostileValue,
      )
      .filter(([key]) => !keys.includes(key))
      .map(([key, value]) => Object.defineProperty({ ...valid }, key, { value, enumerable: true, writable: true })),
    fc.array(fc.constant(valid), { minLength: 1, maxLength: 2 }),
  );
}

/**
 * Arguments for `channel` that its schema must refuse: mutations of a valid one (wrong types,
 * missing, extra and oversized fields), generated by fast-check. The rare mutation that is
 * still valid (null in a nullable field) is dropped, as calling with it would publish or clone.
 */
export function invalidArguments(channel: ChannelName): fc.Arbitrary<unknown> {
  const valid = validArguments[channel];
  if (valid !== undefined && !channels[channel].input.safeParse(valid).success) {
    throw new Error(`The seed argument of ${channel} is not valid: update tests/trust/attack/fuzz-arguments.ts`);
  }
  const base = isShape(valid) ? mutations(valid) : hostileValue;
  const schema = channels[channel].input;
  return base.filter((value) => !schema.safeParse(value).success);
}

/** Channels with an argument but no seed row above: fuzzed with whole wrong values only. */
export function channelsWithoutSeed(): ChannelName[] {
  return channelNames.filter(
    (name) => !Object.hasOwn(validArguments, name) && channels[name].input.safeParse(undefined).success === false,
  );
}

/** A few photos one byte over the limit, for the one channel that takes bytes. */
export function oversizedPhotoArguments(): unknown[] {
  const valid = validArguments['images.import'] as Shape;
  const source = { name: 'huge.jpg', data: hugePhoto };
  return [
    { ...valid, source },
    { ...valid, source, extra: 1 },
    { ...valid, postId: 7, source },
  ];
}
