/**
 * The one Markdown renderer (markdown-it), shared by the content loader, feeds and tests.
 * Raw HTML is off: article text can never inject markup.
 */
import MarkdownIt, { type Env } from 'markdown-it';
import type { ArticleImage } from './article.ts';
import { escapeHtml } from './escape-html.ts';

export interface RenderOptions {
  /** Images named in the frontmatter; an image not archived renders as a captioned placeholder. */
  images?: readonly ArticleImage[];
}

function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** What one render needs to know besides the Markdown (markdown-it's env). */
interface RenderEnv extends Env {
  images: readonly ArticleImage[];
}

/** One renderer for every article: the article's images arrive through markdown-it's env. */
function createRenderer() {
  const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });

  // A paragraph holding only an image becomes a <figure>: drop the <p> around it.
  md.core.ruler.push('image_figures', (state) => {
    state.tokens.forEach((open, i, tokens) => {
      const inline = tokens[i + 1];
      const close = tokens[i + 2];
      const only = inline?.children?.length === 1 ? inline.children[0] : undefined;
      if (open.type === 'paragraph_open' && close?.type === 'paragraph_close' && only?.type === 'image') {
        open.hidden = true;
        close.hidden = true;
        only.meta = { figure: true };
      }
    });
  });

  md.renderer.rules.image = (tokens, idx, _options, env?: Env) => {
    const token = tokens[idx]!;
    const images = (env as RenderEnv | undefined)?.images ?? [];
    const src = safeDecode(String(token.attrGet('src') ?? ''));
    const alt = token.children ? md.renderer.renderInlineAsText(token.children, md.options, {}) : '';
    const known = images.find((img) => img.file === src);
    // A picture the page gave no caption for is captioned by its file name (W0201909….jpg). That
    // still names a lost picture; a picture shown needs no such caption or alternative text.
    const named = [known?.caption, alt].find((text) => text && text !== src);
    const caption = named ?? src;
    const figure = Boolean(token.meta?.figure);
    if (!known || !known.archived) {
      // The picture was not archived: say so instead of showing a broken <img>.
      const label = `${escapeHtml(caption)}（原图未存档）`;
      const box = `<span class="image-missing__box" aria-hidden="true">图片未存档</span>`;
      return figure
        ? `<figure class="image-missing">${box}<figcaption>${label}</figcaption></figure>\n`
        : `<span class="image-missing">${box}<span>${label}</span></span>`;
    }
    const img = `<img src="${escapeHtml(md.normalizeLink(src))}" alt="${escapeHtml(alt && alt !== src ? alt : (named ?? ''))}" loading="lazy" decoding="async">`;
    if (!figure) return img;
    return `<figure>${img}${named ? `<figcaption>${escapeHtml(named)}</figcaption>` : ''}</figure>\n`;
  };

  return md;
}

const renderer = createRenderer();

/** Markdown → HTML. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  const env: RenderEnv = { images: options.images ?? [] };
  return renderer.render(source, env);
}

/** The plain text a reader sees of parsed Markdown, paragraph by paragraph; images are not text. */
function textOf(tokens: ReturnType<typeof renderer.parse>): string[] {
  const paragraphs: string[] = [];
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    const onlyImage = token.children.length === 1 && token.children[0]?.type === 'image';
    if (onlyImage) continue;
    paragraphs.push(renderer.renderer.renderInlineAsText(token.children, renderer.options, {}));
  }
  return paragraphs;
}

/** Markdown → the plain text a reader sees, paragraph by paragraph (for summaries and checks). */
export function markdownToText(source: string): string[] {
  return textOf(renderer.parse(source, {}));
}

/**
 * renderMarkdown and markdownToText of one article from a single parse: the article page shows
 * the HTML and counts the text's characters (two parses cost 1.5 s of a 10,000-article build).
 */
export function renderWithText(
  source: string,
  options: RenderOptions = {},
): { html: string; paragraphs: string[] } {
  const env: RenderEnv = { images: options.images ?? [] };
  const tokens = renderer.parse(source, env);
  return { html: renderer.renderer.render(tokens, renderer.options, env), paragraphs: textOf(tokens) };
}
