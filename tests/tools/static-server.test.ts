import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

let dir: string;
let server: StaticServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'articles/a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'home');
  writeFileSync(join(dir, 'articles/a/index.html'), 'article a');
  writeFileSync(join(dir, '404.html'), 'not here');
  writeFileSync(join(dir, '_headers'), '/sub/*\n  X-Content-Type-Options: nosniff\n');
  server = await serveStatic(dir, { base: '/sub/' });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

/** A request with its path sent as written (fetch would normalise "//" away). */
const rawStatus = (path: string) =>
  new Promise<number>((resolve, reject) => {
    const { hostname, port } = new URL(server.url);
    request({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });

describe('the static-host server (npm run preview, tests)', () => {
  it('answers a path that starts with two slashes, and goes on serving', async () => {
    expect(await rawStatus('//')).toBe(404);
    expect(await rawStatus('//sub/')).toBe(404);
    expect((await get('/sub/')).status).toBe(200);
  });

  it('tells nothing about a sibling folder whose name starts like the site folder', async () => {
    mkdirSync(`${dir}-old/secret`, { recursive: true });
    try {
      const response = await get('/sub/..%2f' + `${dir.split('/').pop()}-old%2fsecret`);
      expect(response.status).toBe(404);
      expect(response.headers.get('location')).toBeNull();
    } finally {
      rmSync(`${dir}-old`, { recursive: true, force: true });
    }
  });

  it('serves folders as their index.html under the base, with the _headers headers', async () => {
    const home = await get('/sub/');
    expect([home.status, await home.text()]).toEqual([200, 'home']);
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await (await get('/sub/articles/a/')).text()).toBe('article a');
  });

  it('redirects a folder without its slash, the base included', async () => {
    expect((await get('/sub/articles/a')).headers.get('location')).toBe('/sub/articles/a/');
    expect((await get('/sub')).headers.get('location')).toBe('/sub/');
  });

  it('answers 404 with 404.html for a missing page and for anything outside the base', async () => {
    for (const path of ['/sub/nope/', '/articles/a/', '/sub/../index.html']) {
      const response = await get(path);
      expect([path, response.status, await response.text()]).toEqual([path, 404, 'not here']);
    }
  });
});
