/**
 * In an http(s) URL, everything before the `@` of the host is a user name, a password or a
 * token; in other URLs only a `user:password` pair is secret (`ssh://git@host` names no secret).
 * The greedy match ends at the last `@` before the path, as URL parsers do.
 */
const httpCredentials = /\b(https?:\/\/)[^\s/?#'"]*@/gi;
const otherCredentials = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#'"@:]*:[^\s/?#'"]*@/gi;

/**
 * `text` with the credentials of every URL in it replaced by `***`:
 * `https://user:secret@host/x` → `https://***@host/x`. Scp-like addresses such as
 * `git@github.com:blog.git` are left as they are.
 */
export function redactUrl(text: string): string {
  return text.replace(httpCredentials, '$1***@').replace(otherCredentials, '$1***@');
}
