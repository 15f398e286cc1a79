/**
 * The renderer's Content-Security-Policy. Electron sends it as a header and renderer/index.html
 * carries it verbatim in a `<meta>` tag (a test holds the two together), so it applies even
 * where a header can't be set. It stops inline script and every remote load even if the
 * preview's sanitiser were to fail: site images come only through the `lanyard-asset:` scheme.
 */
export const rendererContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  // CodeMirror writes its styles into <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  // blob: for thumbnails of dropped photos, read from memory before they are imported.
  "img-src 'self' lanyard-asset: data: blob:",
  "media-src 'self' lanyard-asset:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ');
