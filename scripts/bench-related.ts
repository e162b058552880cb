/**
 * npm run bench:related -- [--articles 10000[,100000]] [--publish 20]
 * Related reading (src/lib/related/), measured as the build runs it, a pure function (no site):
 * - quality: precision at 5 and the share of articles with a section, against the reader's labels
 *   (tests/fixtures/related/labels.json, tools/bench/related-quality.ts);
 * - cost: time and heap over each size of generated archive (tools/archive/synthetic.ts);
 * - churn, at the first size: how many older articles' lists change when one article is published
 *   (each of --publish new articles, newest), worst and typical, and when one is backfilled
 *   (dated in the middle of the archive).
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parseArticleFile } from '../src/lib/article-file.ts';
import { LINK_LIMIT, relatedReading } from '../src/lib/related/reading.ts';
import { syntheticArticle } from '../tools/archive/synthetic.ts';
import { oldestFirst, qualityReport, type LabelledItem } from '../tools/bench/related-quality.ts';
import { spread } from '../tools/bench/stats.ts';
import { toShanghaiIso } from '../src/lib/dates.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, publish: { type: 'string', default: '20' } },
});
const sizes = values.articles.split(',').map(Number);
const publish = Number(values.publish);
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(publish) || publish < 1) {
  throw new Error(`--articles="${values.articles}" --publish="${values.publish}": whole numbers ≥ 2 and ≥ 1`);
}

const generate = (index: number): LabelledItem => ({
  ...parseArticleFile(syntheticArticle(index).text, `${index}.md`).data,
  key: index,
});
const MB = 1024 * 1024;
const collect = () => (globalThis as { gc?: () => void }).gc?.();

function cost(count: number) {
  const started = performance.now();
  const archive = oldestFirst(Array.from({ length: count }, (_, i) => generate(i)));
  const generatedMs = performance.now() - started;
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const timed = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = relatedReading(archive);
  const relatedMs = performance.now() - timed;
  const cpu = process.cpuUsage(cpuBefore);
  const heapAfter = process.memoryUsage().heapUsed;
  collect();
  const heapKept = process.memoryUsage().heapUsed;
  const links = result.lists.reduce((sum, list) => sum + list.length, 0);
  return {
    archive,
    result,
    row: {
      articles: count,
      generateMs: Math.round(generatedMs),
      relatedMs: Math.round(relatedMs),
      // CPU of the process over the call: the machine is shared, so wall time alone misleads.
      relatedCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      // Heap grown over the call (garbage not yet collected included), and what the lists keep.
      heapGrownMB: Math.round((heapAfter - heapBefore) / MB),
      heapKeptMB: Math.round((heapKept - heapBefore) / MB),
      processPeakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      shareWithSection: Number((result.lists.filter((l) => l.length > 0).length / count).toFixed(4)),
      meanListLength: Number((links / count).toFixed(2)),
    },
  };
}

/** Older articles whose lists differ between two runs, matched by key. */
function changedLists(before: { archive: LabelledItem[]; lists: number[][] }, items: LabelledItem[]): number {
  const after = relatedReading(items).lists;
  const keysOf = (archive: LabelledItem[], list: number[]) => list.map((j) => archive[j]!.key).join(',');
  const afterByKey = new Map(items.map((item, i) => [item.key, keysOf(items, after[i]!)]));
  return before.archive.filter(
    (item, i) => afterByKey.get(item.key) !== keysOf(before.archive, before.lists[i]!),
  ).length;
}

const quality = qualityReport();
const rows = [];
let churn = {};
for (const [n, count] of sizes.entries()) {
  const { archive, result, row } = cost(count);
  rows.push(row);
  if (n > 0) continue;
  const before = { archive, lists: result.lists };
  const newest = archive.at(-1)!.publishedAt;
  const published = Array.from({ length: publish }, (_, k) => {
    const extra = {
      ...generate(count + k),
      publishedAt: toShanghaiIso(new Date(Date.parse(newest) + 3_600_000)),
    };
    return changedLists(before, [...archive, extra]);
  });
  const middle = { ...generate(count + publish), publishedAt: archive[Math.floor(count / 2)]!.publishedAt };
  churn = {
    articles: count,
    bound: LINK_LIMIT,
    newArticlesTried: publish,
    // One new article each time, published after all the others: worst is max, typical median.
    olderListsChangedByPublishing: spread(published),
    olderListsChangedByBackfillingMiddle: changedLists(before, oldestFirst([...archive, middle])),
  };
}

console.log(
  JSON.stringify(
    {
      quality,
      cost: rows,
      churn,
      machine: { cpus: cpus().length, loadAverage: loadavg().map((l) => Number(l.toFixed(1))) },
    },
    null,
    2,
  ),
);
