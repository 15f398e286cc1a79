import { LanyardError } from '../../api/lanyard-error';

const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);
// Some mail clients honour `attach=` and friends; a link in a post must not attach a file.
const mailFields = new Set(['subject', 'body', 'cc', 'bcc']);

function keepMailFields(url: string): string {
  const [address = '', query = ''] = url.slice('mailto:'.length).split(/\?(.*)/s);
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(query)) {
    if (mailFields.has(name.toLowerCase())) kept.append(name, value);
  }
  const fields = kept.toString();
  return `mailto:${address}${fields ? `?${fields}` : ''}`;
}

/**
 * Checks a link the writer clicked before it goes to the system browser and answers the URL to
 * open: web and mail links only, a mail link with only its subject, body, cc and bcc. Anything
 * else (`javascript:`, `file:`, custom app schemes) is refused.
 */
export function toOpenableLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LanyardError(
      'refused',
      `Lanyard only opens web and mail links; this is not a valid link: ${url.slice(0, 200)}`,
    );
  }
  if (!allowedSchemes.has(parsed.protocol)) {
    throw new LanyardError('refused', `Lanyard only opens web and mail links; refused: ${parsed.protocol}`);
  }
  return parsed.protocol === 'mailto:' ? keepMailFields(url.trim()) : parsed.href;
}
