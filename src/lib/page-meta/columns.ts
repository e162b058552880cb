/**
 * What each list page is, as a column (栏目) of the site: its name, description, keywords and
 * type, for the column meta tags (src/lib/page-meta/gov-meta.ts). One function per kind of list.
 */
import type { Column } from './gov-meta.ts';
import { SITE } from '../site.ts';
import { ui } from '../i18n/zh-CN.ts';

const column = (type: string, name: string, description: string, keywords: string[]): Column => ({
  name,
  description,
  keywords,
  type,
});
const { latest, archive, tag, source } = ui.columnType;

export const columns = {
  latest: () => column(latest, ui.latest, ui.columnLatestDescription, [SITE.name, ui.latest]),
  /** A year (2024年) or month (2024年3月) of the date archive. */
  period: (label: string) => column(archive, label, ui.columnPeriodDescription(label), [label, ui.archive]),
  archiveIndex: () =>
    column(archive, ui.archiveTitle, ui.columnArchiveIndexDescription, [
      ui.archiveTitle,
      ui.archive,
      SITE.name,
    ]),
  tag: (name: string) => column(tag, name, ui.columnTagDescription(name), [name]),
  tagsIndex: () => column(tag, ui.tagsTitle, ui.columnTagsIndexDescription, [ui.tagsTitle, SITE.name]),
  source: (name: string) => column(source, name, ui.columnSourceDescription(name), [name]),
  sourcesIndex: () =>
    column(source, ui.sourcesTitle, ui.columnSourcesIndexDescription, [ui.sourcesTitle, SITE.name]),
};
