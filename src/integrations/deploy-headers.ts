/**
 * Writes `_headers` (Netlify, Cloudflare Pages) into the built site once every page is written:
 * the pages' own Content Security Policy plus the security and cache headers of
 * src/lib/deploy/headers.ts, with every path under BASE_PATH.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADERS_FILE, headerRules, renderHeadersFile } from '../lib/deploy/headers.ts';
import { builtFiles, readSitePolicy } from '../lib/deploy/built-site.ts';

export default function deployHeadersIntegration(options: {
  base: string;
  /** When the build started (ms, the file system's clock): pages older were kept from the last build, which checked them. */
  startedAt: () => number | undefined;
}): AstroIntegration {
  return {
    name: 'news-archive:deploy-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = builtFiles(site).filter((file) => file !== HEADERS_FILE);
        const pagePolicy = readSitePolicy(site, files, options.startedAt());
        const rules = headerRules({ base: options.base, pagePolicy, files });
        writeFileSync(join(site, HEADERS_FILE), renderHeadersFile(rules));
        logger.info(`${HEADERS_FILE}: ${rules.length} rules`);
      },
    },
  };
}
