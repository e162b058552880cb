/**
 * The article schema: the one source of truth for frontmatter. Ingest validates with it
 * before writing, and the Astro content collection validates with it when building.
 */
import { z } from 'zod';
import { TAG_NAMES } from './tag-vocabulary.ts';
import { CANONICAL_DOCUMENT_NUMBER } from './document-number.ts';

/** ISO 8601 with an explicit offset, e.g. 2024-03-15T09:58:00+08:00. */
export const isoWithOffset = z.iso.datetime({ offset: true, local: false });

export const imageSchema = z.object({
  /** File name as the scrape named it, e.g. 微信图片_20240312083018.jpg. */
  file: z.string().min(1),
  /** Caption shown under the image or its placeholder. */
  caption: z.string(),
  /** False when the scrape lost the picture: pages show a captioned placeholder, never a broken <img>. */
  archived: z.boolean(),
});

/** The 政府信息公开 fields a policy document's page states; each is optional, as pages differ. */
export const disclosureSchema = z
  .object({
    /** 索引号, e.g. 11330000002482075R/2024-00123. */
    indexNumber: z.string().trim().min(1).optional(),
    /** 发文机关 / 发布机构. */
    issuer: z.string().trim().min(1).optional(),
    /** 发文字号 in the GB/T 9704 form (src/lib/document-number.ts). */
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
 * What the content collection holds of an article: its frontmatter, and the characters of its
 * body, counted when the file is loaded (articles.json lists them; pages read the body itself).
 */
export const storedArticleSchema = articleSchema.extend({ characters: z.number().int().nonnegative() });

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

/** Human-readable list of what is wrong, one line per field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(frontmatter)'}: ${issue.message}`)
    .join('\n');
}
