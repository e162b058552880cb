/**
 * npm run preview: serve the built site (dist/, or OUT_DIR) the way a static host would, under
 * BASE_PATH, with the headers of its _headers file. Options: --port N (default 4321), --host H.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE } from '../src/lib/site.ts';
import { serveStatic } from '../tools/static-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' } },
});
const dir = resolve(SITE.outDir);
if (!existsSync(`${dir}/index.html`)) {
  console.error(
    `${dir} holds no built site. Run: npm run build (with the same BASE_PATH), then npm run preview.`,
  );
  process.exit(1);
}
const port = Number(values.port);
const server = await serveStatic(dir, { base: SITE.base, host: values.host, port });
console.log(`Serving ${dir} at ${server.url} (BASE_PATH=${SITE.base}). Ctrl+C stops.`);
