/**
 * npm run nginx-headers [-- --out FILE]: the nginx add_header lines (Content Security Policy and
 * security headers) for the built site in dist/ (or OUT_DIR), read from its _headers, so nginx
 * sends exactly what Netlify and Cloudflare Pages send. deploy/nginx.conf includes the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE } from '../src/lib/site.ts';
import { withBase } from '../src/lib/urls.ts';
import { HEADERS_FILE, parseHeadersFile, renderNginxSnippet } from '../src/lib/deploy/headers.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const headersFile = join(resolve(SITE.outDir), HEADERS_FILE);
if (!existsSync(headersFile)) {
  console.error(`${headersFile} is missing. Run npm run build (with the same BASE_PATH) first.`);
  process.exit(1);
}
const everywherePath = withBase(SITE.base, '*');
const everywhere = parseHeadersFile(readFileSync(headersFile, 'utf8')).find(
  (rule) => rule.path === everywherePath,
);
if (!everywhere) {
  console.error(`${headersFile} has no rule for ${everywherePath}: was it built with another BASE_PATH?`);
  process.exit(1);
}
const snippet = renderNginxSnippet(everywhere);
if (values.out) {
  writeFileSync(values.out, snippet);
  console.log(`wrote ${values.out}`);
} else {
  process.stdout.write(snippet);
}
