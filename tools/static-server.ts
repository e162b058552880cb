/**
 * Serves a built site folder the way a static host does (GitHub Pages, Netlify, nginx):
 * only under the base path, a folder without its trailing slash redirected to it, 404.html
 * with status 404 for anything missing, and the headers of the site's own `_headers` file.
 * Used by `npm run preview` and by the tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { normaliseBase } from '../src/lib/urls.ts';
import { HEADERS_FILE, headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/deploy/headers.ts';

export interface StaticServer {
  /** Origin plus base, ending in "/": e.g. http://127.0.0.1:41234/news-archive/ */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The base path the site was built for (BASE_PATH). */
  base?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

function readRules(dir: string): HeaderRule[] {
  const file = join(dir, HEADERS_FILE);
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

export function staticHandler(
  folder: string,
  baseOption = '/',
): (req: IncomingMessage, res: ServerResponse) => void {
  const dir = resolve(folder);
  const base = normaliseBase(baseOption);
  const rules = readRules(dir);
  const assets = sirv(dir, { dev: false, etag: true, extensions: [] });
  const notFoundPage = join(dir, '404.html');

  const notFound = (res: ServerResponse): void => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : '<!doctype html><title>404</title>');
  };

  return (req, res) => {
    // The request target is a path on this host: "//x" is not a protocol-relative URL here
    // (parsed as one, "//" threw and stopped the server).
    const url = new URL(`http://localhost${req.url ?? '/'}`);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(res);
    }
    for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
    if (`${pathname}/` === base) {
      res.writeHead(301, { location: base + url.search }).end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound(res);
    const inside = pathname.slice(base.length);
    const onDisk = join(dir, inside);
    // Inside the folder itself: a bare prefix test let /..%2fdist-old/ reach a sibling folder.
    if (onDisk !== dir && !onDisk.startsWith(dir + sep)) return notFound(res);
    // A folder asked for without its slash: redirect, as static hosts do, so relative URLs resolve.
    if (inside && !inside.endsWith('/') && existsSync(onDisk) && statSync(onDisk).isDirectory()) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    req.url = `/${inside}${inside === '' || inside.endsWith('/') ? 'index.html' : ''}${url.search}`;
    assets(req, res, () => notFound(res));
  };
}

export async function serveStatic(dir: string, options: ServeOptions | string = {}): Promise<StaticServer> {
  const {
    base = '/',
    host = '127.0.0.1',
    port = 0,
  } = typeof options === 'string' ? { base: options } : options;
  const server: Server = createServer(staticHandler(dir, base));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}${normaliseBase(base)}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
