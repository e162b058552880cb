/**
 * What each list page is, as a column (栏目) of the site: its name, description, keywords and
 * type, for the column meta tags (src/lib/gov-meta.ts). One function per kind of list.
 */
import type { Column } from './gov-meta.ts';
import { SITE } from './site.ts';
import { ui } from './i18n/zh-CN.ts';

export const columns = {
  latest: (): Column => ({
    name: ui.latest,
    description: ui.columnLatestDescription,
    keywords: [SITE.name, ui.latest],
    type: ui.columnType.latest,
  }),
  /** A year (2024年) or month (2024年3月) of the date archive. */
  period: (label: string): Column => ({
    name: label,
    description: ui.columnPeriodDescription(label),
    keywords: [label, ui.archive],
    type: ui.columnType.archive,
  }),
  archiveIndex: (): Column => ({
    name: ui.archiveTitle,
    description: ui.columnArchiveIndexDescription,
    keywords: [ui.archive, SITE.name],
    type: ui.columnType.archive,
  }),
  tag: (tag: string): Column => ({
    name: tag,
    description: ui.columnTagDescription(tag),
    keywords: [tag],
    type: ui.columnType.tag,
  }),
  tagsIndex: (): Column => ({
    name: ui.tagsTitle,
    description: ui.columnTagsIndexDescription,
    keywords: [ui.tagsTitle, SITE.name],
    type: ui.columnType.tag,
  }),
  source: (source: string): Column => ({
    name: source,
    description: ui.columnSourceDescription(source),
    keywords: [source],
    type: ui.columnType.source,
  }),
  sourcesIndex: (): Column => ({
    name: ui.sourcesTitle,
    description: ui.columnSourcesIndexDescription,
    keywords: [ui.sourcesTitle, SITE.name],
    type: ui.columnType.source,
  }),
};
