/**
 * The header block a government page puts under its title — source, publish time — and the
 * page chrome around it (font-size switchers, view counters, print/close links, share bars).
 */
import { shanghaiIso } from '../dates.ts';
import { DISCLOSURE_KEYS } from './disclosure-keys.ts';

/**
 * source: 来源 and its synonyms; publisher: 发布机构 (the source when no 来源 is given); other: a
 * field of a name the project does not know, kept as written (see UNKNOWN_KEY).
 */
export type FieldKind = 'source' | 'publisher' | 'date' | 'author' | 'chrome' | 'disclosure' | 'other';

const FIELD_KEYS: ReadonlyArray<readonly [string, FieldKind]> = [
  ['信息来源', 'source'],
  ['文章来源', 'source'],
  ['稿件来源', 'source'],
  ['来源', 'source'],
  ['发布机构', 'publisher'],
  ['发布日期', 'date'],
  ['发布时间', 'date'],
  ['发稿时间', 'date'],
  ['日期', 'date'],
  ['时间', 'date'],
  ['作者', 'author'],
  ['字体', 'chrome'],
  ['字号', 'chrome'],
  ['浏览次数', 'chrome'],
  ['浏览量', 'chrome'],
  ['阅读次数', 'chrome'],
  ['点击数', 'chrome'],
  ['访问量', 'chrome'],
  ['分享到', 'chrome'],
  ['分享', 'chrome'],
  ['当前位置', 'chrome'],
  ['您现在的位置', 'chrome'],
  ['您当前的位置', 'chrome'],
  ['所在位置', 'chrome'],
  ['网站标识码', 'chrome'],
  ['主办单位', 'chrome'],
  ['承办单位', 'chrome'],
  ['技术支持', 'chrome'],
  ['ICP备案号', 'chrome'],
  ['备案号', 'chrome'],
  // 政府信息公开 fields of policy documents, read by disclosure-fields.ts.
  ...DISCLOSURE_KEYS.map(([key]) => [key, 'disclosure'] as const),
];

const KIND_OF = new Map(FIELD_KEYS);
/**
 * Any other label: two to eight Han characters, unpadded or padded between every two (公 开 方 式),
 * so a value followed by a key on the same line (来源: 某局 发布时间:) is not read as one key.
 */
const ANY_KEY = '[\\u4e00-\\u9fff]{2,8}|[\\u4e00-\\u9fff](?: [\\u4e00-\\u9fff]){1,7}';
// Longest keys first so 发布日期 wins over 日期; a key starts the line or follows a space or bracket.
// Tables pad keys to one width (索 引 号, 标    题), so a space may sit between their characters.
const KEY_PATTERN = new RegExp(
  `(?:^|(?<=[\\s\\]】)）|]))(${[...KIND_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => [...key].join(' ?'))
    .join('|')}|${ANY_KEY})\\s*[:：]\\s*`,
  'g',
);

/**
 * A label the project does not know is a field only when it reads like one: it ends the way
 * 信息公开 labels end (组配分类, 公开时限, 责任部门, 关键词…), or the table pads it, or it shares
 * its line with other fields; and its value is a short phrase, not a sentence. So 会议强调：…。
 * or 经验分享：基层治理的做法 stay article text.
 */
const LABEL_END =
  /(?:类|类别|类型|号|编号|机构|机关|单位|部门|处室|日期|时间|时限|期限|方式|范围|形式|性|者|人|名称|标题|题目|主题|地址|电话|地点|状态|级别|领域|对象|依据|载体|语种|格式|版本|来源|作者|编辑|码|词|栏目|文种|年度|区划|层级|公开)$/;
const SENTENCE = /[。！？；!?;…]|[:：]$/;
const MAX_UNKNOWN_VALUE = 80;

const isLabelLike = (key: string, padded: boolean, fieldsOnLine: number, value: string): boolean =>
  value !== '' &&
  value.length <= MAX_UNKNOWN_VALUE &&
  !SENTENCE.test(value) &&
  (padded || fieldsOnLine > 1 || LABEL_END.test(key));

/** Page furniture that is never article text. */
const CHROME_TOKENS = [
  /[【\[]\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|我要纠错|纠错|大\s*中\s*小|(?:字号|字体)\s*[:：]?\s*大\s*中\s*小)\s*[】\]]/g,
  /(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|扫一扫在手机打开当前页|【?字号】?)/g,
  // Breadcrumbs: 首页 > 新闻中心 > 部门动态
  /^(?:网站首页|首页|主页)(?:\s*[>»＞›/]\s*[^\s>»＞›/]+)+\s*$/g,
  /[\[【(（]\s*(?:大\s*中\s*小|\d*)\s*[\]】)）]/g,
  // Site footers: 浙ICP备05011001号-1, 浙公网安备 33010602000001号.
  /[\u4e00-\u9fff]ICP[备證证]\s*\d+号(?:-\d+)?|[\u4e00-\u9fff]公网安备\s*\d+号/g,
];

/** What is left after fields and chrome come off: brackets and separators alone are chrome too. */
const ONLY_FURNITURE = /^[\s\[\]【】()（）|｜:：,，.。\-—_/]*$/;

export interface Field {
  kind: FieldKind;
  key: string;
  value: string;
}

export interface LineClass {
  /** Known fields and chrome; fields of unknown names (kind other) when they read like fields. */
  fields: Field[];
  /** True when nothing in the line is article text or an unknown field: chrome and known fields only. */
  furnitureOnly: boolean;
  /** True when the line is fields and chrome only, unknown names included: a header line in a header block. */
  fieldsOnly: boolean;
}

export function stripChrome(text: string): string {
  return CHROME_TOKENS.reduce((t, re) => t.replace(re, ' '), text);
}

/** Split a line into its header fields and say whether anything else (article text) remains. */
export function classifyLine(text: string): LineClass {
  const matches = [...text.matchAll(KEY_PATTERN)];
  const fields: Field[] = [];
  let rest = matches.length ? text.slice(0, matches[0]!.index) : text;
  let unknownText = '';
  matches.forEach((m, i) => {
    const key = m[1]!.replace(/ /g, '');
    const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    const value = text.slice(m.index + m[0].length, end).trim();
    const kind = KIND_OF.get(key);
    if (kind === undefined) {
      if (isLabelLike(key, m[1] !== key, matches.length, value)) {
        fields.push({ kind: 'other', key, value: stripChrome(value).trim() });
        unknownText += text.slice(m.index, end);
      } else rest += text.slice(m.index, end);
      return;
    }
    // 日期/时间 only count when a date follows; otherwise the words are ordinary text.
    if (kind === 'date' && !isOnlyADate(value)) {
      rest += text.slice(m.index, end);
      return;
    }
    // A 文号's bracketed year looks like a view counter to stripChrome: disclosure-fields.ts cleans those values.
    fields.push({
      kind,
      key,
      value: kind === 'chrome' || kind === 'disclosure' ? value : stripChrome(value).trim(),
    });
  });
  const furnitureOnly = ONLY_FURNITURE.test(stripChrome(rest + unknownText));
  return { fields, furnitureOnly, fieldsOnly: furnitureOnly || ONLY_FURNITURE.test(stripChrome(rest)) };
}

function isOnlyADate(value: string): boolean {
  const folded = value.normalize('NFKC');
  const m = DATE_RE.exec(folded);
  return Boolean(m && parsePublishTime(folded) && ONLY_FURNITURE.test(stripChrome(folded.replace(m[0], ''))));
}

export interface PublishTime {
  /** ISO 8601 with +08:00. */
  iso: string;
  /** False when the page gave only a day. */
  hasTime: boolean;
}

const DATE_RE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?(?:\s*[:：]\s*(\d{1,2})\s*秒?)?)?/;

/** 2024-03-15 09:58, 2024- 03- 15 09: 58, 2024/3/15, 2024年3月15日 09:58, 2024.03.15 → Shanghai time. */
export function parsePublishTime(value: string): PublishTime | undefined {
  // NFKC folds fullwidth digits and colons (２０２４－０３－１５) to ASCII.
  const m = DATE_RE.exec(value.normalize('NFKC'));
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m
    .slice(1)
    .map((v) => (v === undefined ? undefined : Number(v)));
  try {
    return {
      iso: shanghaiIso(year!, month!, day!, hour ?? 0, minute ?? 0, second ?? 0),
      hasTime: hour !== undefined,
    };
  } catch {
    return undefined;
  }
}
