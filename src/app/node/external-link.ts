import { LanyardError } from '../../api/lanyard-error';

const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * Checks a link the writer clicked before it goes to the system browser: web and mail links
 * only. Everything else (`javascript:`, `file:`, custom app schemes) is refused.
 */
export function assertOpenableLink(url: string): void {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    throw new LanyardError(
      'refused',
      `Lanyard only opens web and mail links; this is not a valid link: ${url.slice(0, 200)}`,
    );
  }
  if (!allowedSchemes.has(scheme)) {
    throw new LanyardError('refused', `Lanyard only opens web and mail links; refused: ${scheme}`);
  }
}
