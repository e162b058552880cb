/**
 * npm run bench:ingest -- [--files 10000] [--runs 5]
 * Times `npm run ingest` over generated raw files in the OS temp folder: a fresh output folder
 * each run (every file written), then one re-run (every file unchanged). The same N articles
 * twice, in one run of the bench: as text scrapes (1–3 copies, all header layouts,
 * UTF-8/GBK/UTF-16, LF/CRLF) and as saved HTML pages (the layouts of tools/ingest/render-html.ts,
 * UTF-8 and GBK), so the two times compare.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { LAYOUTS, renderScrape, type Layout, type ScrapeArticle } from '../tools/ingest/render-scrape.ts';
import { HTML_LAYOUTS, renderHtml } from '../tools/ingest/render-html.ts';
import { prng } from '../tools/archive/synthetic.ts';
import { spread } from '../tools/bench/stats.ts';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' } },
});
const fileCount = Number(values.files);
const runs = Number(values.runs);

/** Deterministic, so every machine times the same input. */
const random = prng(2024);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const PHRASES = [
  '全面贯彻落实党的二十大精神',
  '深入推进营商环境优化提升',
  '加快建设现代化产业体系',
  '持续增进民生福祉',
  '扎实推动高质量发展',
  '统筹发展和安全',
  '强化科技创新引领',
  '推进城乡区域协调发展',
  '着力扩大有效投资',
  '切实抓好各项工作落实',
];
const sentence = (): string =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(PHRASES)).join('，') +
  pick(['。', '。', '；', '！']);
const paragraph = (): string => Array.from({ length: 1 + Math.floor(random() * 4) }, sentence).join('');

function article(n: number): ScrapeArticle {
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 8) }, paragraph);
  if (random() < 0.3) paragraphs.splice(1, 0, `现场图片${n}.jpg`);
  return {
    title: `第${n}次全市重点工作推进会召开`,
    source: pick(['市政府办公室', '市发展改革委', '市市场监管局（市知识产权局）']),
    date: {
      year: 2015 + (n % 10),
      month: 1 + (n % 12),
      day: 1 + (n % 28),
      time: random() < 0.8 ? { hour: n % 24, minute: n % 60 } : undefined,
    },
    paragraphs,
  };
}

const articles = Array.from({ length: fileCount }, (_, n) => article(n));

function generateText(dir: string): void {
  articles.forEach((a, n) => {
    const layouts: Layout[] = [pick(LAYOUTS.filter((l) => l !== 'header-only'))];
    for (let extra = Math.floor(random() * 3); extra > 0; extra--) layouts.push(pick(LAYOUTS));
    const text = renderScrape(a, layouts, random() < 0.5 ? '\n' : '\r\n');
    const encoding = pick(['utf-8', 'utf-8', 'gb18030', 'utf-16le']);
    const bytes = iconv.encode(text, encoding, { addBOM: encoding !== 'gb18030' && random() < 0.3 });
    const folder = join(dir, String(Math.floor(n / 100)).padStart(3, '0'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${n}.txt`), bytes);
  });
}

function generateHtml(dir: string): void {
  articles.forEach((a, n) => {
    const gbk = random() < 0.3;
    const page = renderHtml(a, HTML_LAYOUTS[n % HTML_LAYOUTS.length]!, gbk ? 'gb2312' : 'utf-8');
    const folder = join(dir, String(Math.floor(n / 100)).padStart(3, '0'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${n}.html`), gbk ? iconv.encode(page, 'gb18030') : page);
  });
}

/** Wall-clock seconds of one ingest run, checked against the summary it prints. */
function time(args: string[], expect: string): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`ingest failed:\n${run.stderr.slice(-2000)}`);
  if (!run.stdout.includes(expect)) throw new Error(`expected "${expect}", got:\n${run.stdout.slice(-500)}`);
  return seconds;
}

const stats = (xs: number[]): string => {
  const s = spread(xs);
  return `median ${s.median.toFixed(1)} s, min–max ${s.min.toFixed(1)}–${s.max.toFixed(1)} s`;
};

function measure(kind: string, raw: string, root: string): number {
  const fresh: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = join(root, `${kind}-out-${i}`);
    fresh.push(time(['--out', out, raw], `written: ${fileCount}, unchanged: 0, skipped: 0, failed: 0`));
    console.log(`${kind} run ${i + 1}: ${fresh.at(-1)!.toFixed(1)} s (all written)`);
    if (i > 0) rmSync(out, { recursive: true });
  }
  const rerun = time(
    ['--out', join(root, `${kind}-out-0`), raw],
    `written: 0, unchanged: ${fileCount}, skipped: 0`,
  );
  console.log(`${kind} re-run over the first output: ${rerun.toFixed(1)} s (all unchanged)`);
  // The machine's load says how much other work shared the CPUs during the runs.
  console.log(
    `${kind}: ingest of ${fileCount} files, ${runs} runs: ${stats(fresh)} (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs)`,
  );
  return spread(fresh).median;
}

const root = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
try {
  const text = join(root, 'raw-text');
  const html = join(root, 'raw-html');
  generateText(text);
  generateHtml(html);
  console.log(
    `${fileCount} articles as text scrapes and as HTML pages in ${root}; ${cpus().length} CPU(s), Node ${process.version}`,
  );
  const textMedian = measure('text', text, root);
  const htmlMedian = measure('html', html, root);
  console.log(`HTML ÷ text (medians): ${(htmlMedian / textMedian).toFixed(2)}×`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
