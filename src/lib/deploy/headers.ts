/**
 * HTTP response headers for static hosts, from one source. Astro writes the Content Security
 * Policy into every page as a <meta>; the headers carry the same policy (read back from the
 * built pages, so its hashes always match) plus what a <meta> cannot say (frame-ancestors).
 * Netlify and Cloudflare Pages read the `_headers` file rendered here; nginx includes the
 * snippet rendered here; the preview server applies the same rules.
 */
import { withBase } from '../urls.ts';

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/** Sent with every response; the CSP is added from the build. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/** Only allowed in a header: a <meta> policy cannot stop the site being framed. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * Folders whose file names carry a content hash, so they can be cached for a year: Astro's
 * bundles, and the index chunks of each Pagefind shard (the entry files beside them are not hashed).
 */
const HASHED_FOLDER = /^(?:_astro\/|pagefind\/(?:shard-\d+\/)?(?:fragment|index|filter)\/)/;

/** The hashed folder a file is in ("pagefind/shard-2/index/"), or undefined. */
export const hashedFolderOf = (file: string): string | undefined => HASHED_FOLDER.exec(file)?.[0];

/** The file Netlify and Cloudflare Pages read from the published folder. */
export const HEADERS_FILE = '_headers';

export interface HeaderRule {
  /** URL pattern as Netlify and Cloudflare write it: an exact path, or a prefix ending in "*". */
  path: string;
  headers: Record<string, string>;
}

const META_CSP =
  /<meta\s+http-equiv=["']content-security-policy["']\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/i;

const decodeAttribute = (value: string): string =>
  value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The policy in a page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const match = META_CSP.exec(html);
  if (!match) return undefined;
  return decodeAttribute(match[1] ?? match[2] ?? '');
}

/** Directives one per entry, whitespace tidied: "a  x;b y; " → ["a x", "b y"]. */
export function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** The header form of a page policy: the same directives, plus the header-only ones. */
export function headerPolicy(pagePolicy: string): string {
  const own = directives(pagePolicy);
  const names = new Set(own.map((d) => d.split(' ')[0]));
  const extra = HEADER_ONLY_DIRECTIVES.filter((d) => !names.has(d.split(' ')[0]));
  return [...own, ...extra].join('; ');
}

/**
 * The one policy every page carries. Astro hashes site-wide, so pages agree; if they ever do
 * not, one header could not serve them all, so say which pages differ instead of guessing.
 */
export function sitePolicy(pages: Iterable<{ file: string; html: string }>): string {
  const byPolicy = new Map<string, string[]>();
  for (const { file, html } of pages) {
    const policy = metaPolicy(html);
    if (policy === undefined) {
      throw new Error(
        `${file}: no <meta http-equiv="content-security-policy">. Every page must carry the policy: keep security.csp in astro.config.mjs and render pages through BaseLayout.`,
      );
    }
    const key = directives(policy).join('; ');
    const same = byPolicy.get(key);
    if (same) same.push(file);
    else byPolicy.set(key, [file]);
  }
  if (byPolicy.size === 0) throw new Error('No HTML pages were built, so there is no policy to send.');
  if (byPolicy.size > 1) {
    const list = [...byPolicy.values()].map((files) => `  - ${files.slice(0, 3).join(', ')}`).join('\n');
    throw new Error(
      `Pages carry different Content Security Policies, so one header cannot serve them all:\n${list}\nUse one policy site-wide (security.csp in astro.config.mjs), not per-page additions.`,
    );
  }
  return [...byPolicy.keys()][0]!;
}

/**
 * Cache rules that never overlap (Cloudflare Pages joins a header set by two matching rules
 * into one value; Netlify keeps the last), derived from the built files: a hashed folder gets a
 * year, everything else must revalidate. `files` are paths relative to the site root, "/"-separated.
 */
export function cacheRules(files: readonly string[]): Array<{ path: string; cacheControl: string }> {
  const rules = new Map<string, string>();
  const hashedFolders = [...new Set(files.map(hashedFolderOf).filter((f) => f !== undefined))];
  for (const file of files) {
    const hashed = hashedFolderOf(file);
    if (hashed) {
      rules.set(`${hashed}*`, CACHE_IMMUTABLE);
      continue;
    }
    // The outermost folder of this file with no hashed folder inside; else the file itself.
    const segments = file.split('/').slice(0, -1);
    const folders = segments.map((_, i) => `${segments.slice(0, i + 1).join('/')}/`);
    const plain = folders.find((folder) => !hashedFolders.some((h) => h.startsWith(folder)));
    rules.set(plain ? `${plain}*` : file, CACHE_REVALIDATE);
    // The home page is also served as the bare base path.
    if (file === 'index.html') rules.set('', CACHE_REVALIDATE);
  }
  return [...rules]
    .map(([path, cacheControl]) => ({ path, cacheControl }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every rule for a built site: security headers for all paths, one cache rule per path. */
export function headerRules(options: {
  base: string;
  pagePolicy: string;
  files: readonly string[];
}): HeaderRule[] {
  const everywhere: HeaderRule = {
    path: withBase(options.base, '*'),
    headers: { 'Content-Security-Policy': headerPolicy(options.pagePolicy), ...SECURITY_HEADERS },
  };
  const caching = cacheRules(options.files).map(({ path, cacheControl }) => ({
    path: withBase(options.base, path),
    headers: { 'Cache-Control': cacheControl },
  }));
  return [everywhere, ...caching];
}

/** The `_headers` file Netlify and Cloudflare Pages read from the published folder. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(
    (rule) =>
      `${rule.path}\n${Object.entries(rule.headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  );
  return `# Written by astro build (src/lib/deploy/headers.ts): edit that, not this file.\n${blocks.join('\n\n')}\n`;
}

/** Read a `_headers` file back (for the preview server and the tests). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Does a rule's path pattern match a request path? "*" matches anything, as on Netlify. */
export function ruleMatches(pattern: string, path: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}$`).test(path);
}

/** The headers a host applying `rules` sends for `path`. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => ruleMatches(r.path, path)).map((r) => r.headers));
}

/** add_header lines for nginx: include the file in every location that serves the site. */
export function renderNginxSnippet(rule: HeaderRule): string {
  const lines = Object.entries(rule.headers).map(
    ([name, value]) => `add_header ${name} "${value.replace(/["\\]/g, '\\$&')}" always;`,
  );
  return `# Written by npm run nginx-headers (src/lib/deploy/headers.ts) from the built pages.\n${lines.join('\n')}\n`;
}
