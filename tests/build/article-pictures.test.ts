/**
 * An article's own pictures and 附件, as ingest saves them from a page: the picture is served
 * beside the article page, where the page's relative <img> finds it at the root and under a
 * BASE_PATH, and the 附件 list links each file by its name and kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { SEARCH_ARCHIVE } from '../../tools/archive/search-archive.ts';
import { ARCHIVE_PICTURE } from '../../tools/archive/write.ts';
import { page } from '../helpers/dist.ts';

const slug = (await testSite('search')).slugs['ip-meeting']!;
const { picture, attachments } = SEARCH_ARCHIVE.find((a) => a.key === 'ip-meeting')!;

describe.each([
  { name: 'at the root', dir: (await testSite('search')).dir, base: '/' },
  { name: 'under /news-archive/', dir: (await testSite('search-subpath')).dir, base: '/news-archive/' },
])('an article with a saved picture and 附件, deployed $name', ({ dir, base }) => {
  const $ = page(dir, `articles/${slug}/`);

  it('shows the picture from beside the page, with its caption', () => {
    const figure = $('.prose figure');
    expect(figure.find('figcaption').text()).toBe(picture!.caption);
    const pageUrl = new URL(`http://site.example${base}articles/${slug}/`);
    const served = decodeURIComponent(new URL(figure.find('img').attr('src')!, pageUrl).pathname);
    expect(served.startsWith(base)).toBe(true);
    expect(readFileSync(join(dir, served.slice(base.length)))).toEqual(ARCHIVE_PICTURE);
  });

  it('lists the 附件 by name, linking to the original address, labelled by kind', () => {
    const items = $('.attachments li');
    expect(items.length).toBe(attachments!.length);
    expect(items.first().find('a').text().trim()).toBe(attachments![0]!.name);
    expect(items.first().find('a').attr('href')).toBe(attachments![0]!.url);
    expect(items.first().find('.attachments__kind').text()).toBe('PDF');
  });
});
