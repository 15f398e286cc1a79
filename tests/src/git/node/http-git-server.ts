import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A git remote over HTTP with basic auth, served by the real `git http-backend`. */
export interface HttpGitServer {
  /** e.g. http://127.0.0.1:PORT/blog.git (no credentials) */
  url(repo: string): string;
  /** same with user:password@ */
  authenticatedUrl(repo: string): string;
  /** requests served, for assertions: every request counts, refused ones too */
  readonly requests: number;
  /** Stops listening, drops open connections and kills any `git http-backend` still running. */
  close(): Promise<void>;
}

const realm = 'lanyard-test';

function hasCredentials(authorization: string | undefined, user: string, password: string): boolean {
  const encoded = /^Basic\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  return encoded !== undefined && Buffer.from(encoded, 'base64').toString('utf8') === `${user}:${password}`;
}

function refuse(response: http.ServerResponse, status: number, message: string, headers = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain', ...headers });
  response.end(`${message}\n`);
}

/** The CGI environment `git http-backend` reads the request from; throws on a malformed path. */
function cgiEnvironment(request: http.IncomingMessage, root: string, user: string): NodeJS.ProcessEnv {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const optional = (name: string, value: string | undefined) => (value === undefined ? {} : { [name]: value });
  const gitProtocol = request.headers['git-protocol'];
  return {
    ...process.env,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    REQUEST_METHOD: request.method ?? 'GET',
    CONTENT_TYPE: request.headers['content-type'] ?? '',
    // Without a length (a chunked body) http-backend reads its input to the end.
    ...optional('CONTENT_LENGTH', request.headers['content-length']),
    REMOTE_USER: user,
    REMOTE_ADDR: request.socket.remoteAddress ?? '127.0.0.1',
    ...optional('HTTP_CONTENT_ENCODING', request.headers['content-encoding']),
    ...optional('GIT_PROTOCOL', Array.isArray(gitProtocol) ? gitProtocol.join(':') : gitProtocol),
  };
}

/** Where a CGI header block ends, and how long its blank-line separator is. */
function headerEnd(output: Buffer): { at: number; length: number } | null {
  const crlf = output.indexOf('\r\n\r\n');
  const lf = output.indexOf('\n\n');
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { at: crlf, length: 4 };
  return lf === -1 ? null : { at: lf, length: 2 };
}

function parseCgiHeaders(block: string): { status: number; headers: Record<string, string> } {
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500;
    else headers[name] = value;
  }
  return { status, headers };
}

/** Sends the backend's CGI output as the HTTP response: its headers first, then the rest as it comes. */
function relayCgiOutput(backend: ChildProcessWithoutNullStreams, response: http.ServerResponse): void {
  let head = Buffer.alloc(0);
  const stderr: Buffer[] = [];
  backend.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const readHead = (chunk: Buffer): void => {
    head = Buffer.concat([head, chunk]);
    const end = headerEnd(head);
    if (end === null) return;
    backend.stdout.off('data', readHead);
    const { status, headers } = parseCgiHeaders(head.subarray(0, end.at).toString('latin1'));
    response.writeHead(status, headers);
    response.write(head.subarray(end.at + end.length));
    backend.stdout.pipe(response);
  };
  backend.stdout.on('data', readHead);
  backend.on('close', () => {
    if (response.headersSent || response.destroyed) return;
    refuse(response, 502, `git http-backend gave no response: ${Buffer.concat(stderr).toString('utf8')}`);
  });
}

/**
 * Serves the bare repositories under `root` on 127.0.0.1 (a random port) through
 * `git http-backend`, pushes included. Every request must carry HTTP basic auth with
 * `user`/`password`; anything else gets 401.
 */
export async function startHttpGitServer(options: {
  root: string;
  user: string;
  password: string;
}): Promise<HttpGitServer> {
  const { root, user, password } = options;
  const running = new Map<ChildProcessWithoutNullStreams, Promise<void>>();
  let requests = 0;

  const server = http.createServer((request, response) => {
    requests += 1;
    if (!hasCredentials(request.headers.authorization, user, password)) {
      request.resume();
      refuse(response, 401, 'Authentication required', { 'WWW-Authenticate': `Basic realm="${realm}"` });
      return;
    }
    let env: NodeJS.ProcessEnv;
    try {
      env = cgiEnvironment(request, root, user);
    } catch {
      request.resume();
      refuse(response, 400, 'Malformed path');
      return;
    }
    const backend = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    running.set(
      backend,
      new Promise((resolve) => {
        backend.on('close', () => resolve());
        backend.on('error', () => resolve());
      }),
    );
    backend.on('close', () => running.delete(backend));
    backend.on('error', (error) => {
      running.delete(backend);
      if (!response.headersSent) refuse(response, 500, `cannot run git http-backend: ${error.message}`);
    });
    // A backend that stops reading early has already said why in its response.
    backend.stdin.on('error', () => undefined);
    request.pipe(backend.stdin);
    // A client that goes away mid-request leaves nobody to answer.
    response.on('close', () => {
      if (!response.writableFinished) backend.kill();
    });
    relayCgiOutput(backend, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const credentials = `${encodeURIComponent(user)}:${encodeURIComponent(password)}`;

  return {
    url: (repo) => `http://127.0.0.1:${port}/${repo}`,
    authenticatedUrl: (repo) => `http://${credentials}@127.0.0.1:${port}/${repo}`,
    get requests() {
      return requests;
    },
    async close() {
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      for (const backend of running.keys()) backend.kill();
      server.closeAllConnections();
      await Promise.all([closed, ...running.values()]);
    },
  };
}
