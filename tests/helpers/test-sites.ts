/**
 * The built test sites a build or browser test uses, each built on its first request in the run
 * and shared with every other file (tests/setup/test-sites.ts builds them). At the top of a test
 * file: `const { dir } = await testSite('site');`.
 */
import { get } from 'node:http';
import { inject } from 'vitest';
import type { ArchiveArticle } from '../../tools/archive/write.ts';

export interface TestSites {
  /** The committed content. */
  site: { dir: string };
  /** A generated 45-article archive, and its articles. */
  fixture: { dir: string; articles: ArchiveArticle[] };
  /** The search-quality archive, in shards of 8; slugs: article key (tools/archive/search-archive.ts) → slug. */
  search: { dir: string; slugs: Record<string, string> };
  /** The same under /news-archive/, in windows of two shards. */
  'search-subpath': { dir: string; slugs: Record<string, string> };
  /** The committed content under a base path, at another origin. */
  subpath: { dir: string; base: string; siteUrl: string };
  /** Hostile article payloads. */
  hostile: { dir: string };
  /** Two builds of one archive, and a build of it plus one newer article (addedSlug). */
  stable: { first: string; second: string; plusOne: string; addedSlug: string };
}

const asked = new Map<string, Promise<unknown>>();

/**
 * A test site, once it is built. Asked over plain HTTP with no timeout: a build may wait behind
 * others longer than fetch would wait for an answer.
 */
export function testSite<N extends keyof TestSites>(name: N): Promise<TestSites[N]> {
  let found = asked.get(name);
  if (!found) {
    found = new Promise((done, fail) => {
      get(`${inject('testSites')}${encodeURIComponent(name)}`, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          const answer = JSON.parse(body) as { value?: unknown; error?: string };
          if (response.statusCode === 200) done(answer.value);
          else fail(new Error(`the test site "${name}" could not be built: ${answer.error}`));
        });
      }).on('error', fail);
    });
    asked.set(name, found);
  }
  return found as Promise<TestSites[N]>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where tests/setup/test-sites.ts answers for the test sites. */
    testSites: string;
  }
}
