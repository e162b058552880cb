/**
 * The article schema: the one source of truth for frontmatter. Ingest validates with it
 * before writing, and the Astro content collection validates with it when building.
 */
import { z } from 'zod';
import { TAG_NAMES } from './tag-vocabulary.ts';
import { CANONICAL_DOCUMENT_NUMBER } from '../search/contract/document-number.ts';

/** ISO 8601 with an explicit offset, e.g. 2024-03-15T09:58:00+08:00. */
export const isoWithOffset = z.iso.datetime({ offset: true, local: false });

export const imageSchema = z.object({
  /**
   * File name as the scrape named it, e.g. 微信图片_20240312083018.jpg. When archived, the picture
   * is the file of that name in the article's own folder (content/articles/<slug>/), which the
   * site serves beside the article page.
   */
  file: z.string().min(1),
  /** Caption shown under the image or its placeholder. */
  caption: z.string(),
  /** False when the scrape lost the picture: pages show a captioned placeholder, never a broken <img>. */
  archived: z.boolean(),
  /** Where the page showed it from: the absolute address, when the page's own address is known. */
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** A file the page offered under 附件 (PDF, DOC(X), XLS(X), OFD, ZIP…): its name and absolute address. */
export const attachmentSchema = z
  .object({
    name: z.string().trim().min(1),
    url: z.url({ protocol: /^https?$/ }),
  })
  .strict();

/** The file kinds a government page offers under 附件: documents, sheets, OFD, archives. */
export const DOCUMENT_EXTENSIONS = 'pdf|docx?|xlsx?|et|wps|pptx?|ofd|zip|rar|7z|txt|csv|ceb|tiff?';
const DOCUMENT_KINDS = new RegExp(`\\.(${DOCUMENT_EXTENSIONS})$`, 'i');

/**
 * What kind of file an attachment is (PDF, DOCX, OFD…), for its label: from the name the page gave
 * it, else the address's file (downfile.jsp?filename=a.pdf counts by its filename, never as JSP);
 * '' when neither says.
 */
export function attachmentKind({ name, url }: Attachment): string {
  const path = (text: string): string => text.split(/[?#]/)[0]!;
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1).split(/[&#]/) : [];
  const candidates = [name.trim(), path(url), ...query.map((pair) => pair.slice(pair.indexOf('=') + 1))];
  for (const text of candidates) {
    const kind = DOCUMENT_KINDS.exec(text)?.[1];
    if (kind) return kind.toUpperCase();
  }
  return '';
}

/** A 信息公开 field of a name the project has no field for, as the page wrote it (组配分类 maps to topic; 公开时限 stays here). */
export const otherFieldSchema = z
  .object({
    label: z.string().trim().min(1),
    value: z.string().trim().min(1),
  })
  .strict();

/** What a saved HTML page said about itself beside the article: its address, column and keywords. */
export const pageSchema = z
  .object({
    /** The page's own absolute address (Url meta, canonical link, or the browser's saved-from comment). */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** ColumnName: the site's column the article was filed under. */
    column: z.string().trim().min(1).optional(),
    /** Keywords, as the page listed them (not tags: tags come from the controlled vocabulary). */
    keywords: z.array(z.string().trim().min(1)).min(1).optional(),
    /** Description, as the page gave it. */
    description: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((d) => Object.keys(d).length > 0, 'page is empty: leave it out instead');

/** The 政府信息公开 fields a policy document's page states; each is optional, as pages differ. */
export const disclosureSchema = z
  .object({
    /** 索引号, e.g. 11330000002482075R/2024-00123. */
    indexNumber: z.string().trim().min(1).optional(),
    /** 发文机关 / 发布机构. */
    issuer: z.string().trim().min(1).optional(),
    /** 发文字号 in the GB/T 9704 form (src/search/contract/document-number.ts). */
    documentNumber: z
      .string()
      .regex(
        CANONICAL_DOCUMENT_NUMBER,
        'documentNumber must be in the GB/T 9704 form, e.g. 浙市监〔2024〕12号',
      )
      .optional(),
    /** 主题分类. */
    topic: z.string().trim().min(1).optional(),
    /** 成文日期: the day the document was signed, yyyy-mm-dd in Shanghai. */
    writtenOn: z.iso.date().optional(),
    /** 有效性, as the page states it: 有效, 失效, 废止… */
    validity: z.string().trim().min(1).optional(),
    /** 公开方式 / 公开范围: 主动公开, 依申请公开… */
    disclosureMethod: z.string().trim().min(1).optional(),
    /** Fields the project has no name for, in the page's order; shown in the same table. */
    others: z.array(otherFieldSchema).min(1).optional(),
  })
  .strict()
  .refine((d) => Object.keys(d).length > 0, 'disclosure is empty: leave it out instead');

export const articleSchema = z
  .object({
    title: z.string().trim().min(1, 'title is empty'),
    source: z.string().trim().min(1, 'source is empty'),
    publishedAt: isoWithOffset,
    /**
     * True when the source page gave only the day: publishedAt is then that day's midnight in
     * Shanghai and pages should show the date without a time. Absent means the time is known.
     */
    dateOnly: z.boolean().optional(),
    summary: z.string().trim().min(1, 'summary is empty'),
    tags: z.array(
      z.string().refine((t) => TAG_NAMES.includes(t), {
        message: `tag is not in the vocabulary (src/lib/tag-vocabulary.ts): ${TAG_NAMES.join('、')}`,
      }),
    ),
    images: z.array(imageSchema),
    /** Present on policy documents: the 信息公开 fields their page shows above the text. */
    disclosure: disclosureSchema.optional(),
    /** The files the page offered under 附件, in the page's order. */
    attachments: z.array(attachmentSchema).min(1).optional(),
    /** Present for saved HTML pages that said where they came from or how they were filed. */
    page: pageSchema.optional(),
    raw: z.object({
      /** Repository-relative path of the raw scrape this article came from. */
      path: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'raw.sha256 must be 64 lowercase hex digits'),
    }),
    /**
     * sha256 of the Markdown as ingest wrote it (with this field blank). If the file no
     * longer matches, someone edited it by hand and ingest will not overwrite it without --force.
     */
    ingestDigest: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type Article = z.infer<typeof articleSchema>;

/**
 * What the content collection holds of an article: its frontmatter but the digest ingest keeps
 * for itself, and the characters of its body, counted when the file is loaded (articles.json
 * lists them; pages read the body itself). Astro bundles the whole collection into the build and
 * loads it in every build: at 100,000 articles each field costs seconds.
 */
export const storedArticleSchema = articleSchema
  .omit({ ingestDigest: true })
  .extend({ characters: z.number().int().nonnegative() });

/** The order of every list on the site: newest first, then by slug (a stable order for equal times). */
export const newestFirst = (
  a: { id: string; data: Pick<Article, 'publishedAt'> },
  b: { id: string; data: Pick<Article, 'publishedAt'> },
): number => Date.parse(b.data.publishedAt) - Date.parse(a.data.publishedAt) || a.id.localeCompare(b.id);

/** `items` in the order of newestFirst, each date read once (a sort compares each item many times). */
export function sortNewestFirst<T extends { id: string; data: Pick<Article, 'publishedAt'> }>(
  items: readonly T[],
): T[] {
  const times = new Map(items.map((item) => [item, Date.parse(item.data.publishedAt)]));
  return [...items].sort((a, b) => times.get(b)! - times.get(a)! || a.id.localeCompare(b.id));
}
export type ArticleImage = z.infer<typeof imageSchema>;
export type Disclosure = z.infer<typeof disclosureSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type PageInfo = z.infer<typeof pageSchema>;

/** Human-readable list of what is wrong, one line per field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(frontmatter)'}: ${issue.message}`)
    .join('\n');
}
