/** Largest photo the API accepts, in bytes. */
export const MAX_IMAGE_BYTES = 200 * 1024 * 1024;

/** Largest post the API accepts, in UTF-16 code units (about 20 MB of text). */
export const MAX_POST_CHARS = 20_000_000;
