import { z } from 'zod';
import type { ChosenImage, ImageCheck, ImportedImage, SiteImageSettings } from '../../images/image-settings';
import type { SiteImage } from '../../images/site-image';
import { channel, postId, noArgument, MAX_IMAGE_BYTES } from '../channel';

/** Photos: choosing, importing, checking, and the site's photo settings. */
export const imageChannels = {
  'images.list': channel<SiteImage[]>()(noArgument),
  /** Opens the native file dialog for photos; answers tokens, never paths. */
  'images.choose': channel<ChosenImage[]>()(noArgument),
  /**
   * Imports one photo for a post: oriented, resized, stripped of metadata, written where the
   * site keeps images (or the same photo found again). `batch` names a cancellable batch.
   */
  'images.import': channel<ImportedImage>()(
    z.strictObject({
      postId,
      source: z.union([
        z.strictObject({
          name: z.string().min(1).max(255),
          data: z.instanceof(Uint8Array).refine((data) => data.byteLength <= MAX_IMAGE_BYTES, 'the photo is too large'),
        }),
        z.strictObject({ token: z.string().min(1).max(100) }),
      ]),
      batch: z.string().min(1).max(100),
    }),
  ),
  /** Stops a batch: the photo being processed is not written; finished ones stay. */
  'images.cancel': channel<void>()(z.strictObject({ batch: z.string().min(1).max(100) })),
  'images.check': channel<ImageCheck>()(z.strictObject({ id: postId })),
  /** Deletes a photo Lanyard imported for this post and the post no longer links. */
  'images.removeUnused': channel<void>()(z.strictObject({ id: postId, path: z.string().min(1).max(1024) })),
  /** This site's photo settings, with its usual photo folder and whether its generator drops raw HTML. */
  'images.settings': channel<SiteImageSettings>()(noArgument),
  'images.updateSettings': channel<SiteImageSettings>()(
    z.strictObject({
      maxEdge: z.number().int().min(200).max(12000).optional(),
      format: z.enum(['auto', 'jpeg', 'webp', 'avif']).optional(),
      quality: z.number().int().min(1).max(100).optional(),
      keepAuthorship: z.boolean().optional(),
      keepLocation: z.boolean().optional(),
      folderPerPost: z.boolean().optional(),
      linkStyle: z.enum(['markdown', 'html', 'figure']).optional(),
      folder: z
        .string()
        .max(300)
        .regex(
          /^[^/.\\][^/\\]*(?:\/[^/.\\][^/\\]*)*\/?$/,
          'the folder must be a path inside the site, like assets/photos, with no hidden (dot) folders',
        )
        .nullable()
        .optional(),
    }),
  ),
} as const;
