/**
 * Place names in a text, from the national gazetteer of provinces, cities and counties
 * (@vant/area-data, GB/T 2260 names), so that 相关阅读 can weigh a shared place as context and
 * not as the subject. Every place is reported by its short form: 杭州市 and 杭州 are both 杭州.
 *
 * Which forms count as a place, decided on what government titles hold:
 * - provinces and prefectures: the full name and the short one (浙江省, 浙江; 杭州市, 杭州),
 *   except the short forms that are also everyday words (朝阳, 大庆, 来宾…);
 * - counties and districts: the full name only (乐清市, 安吉县, 西湖区). Their short forms are
 *   too often words of a subject: 振兴区 would take 振兴 from 乡村振兴, 高新区 高新 from 高新技术.
 *   A short form counts only where the same text also names the place in full (安吉县…安吉).
 */
import { areaList } from '@vant/area-data';

/** Names that are also everyday words (朝阳产业, 长治久安, 东方市场): never taken for a place. */
const AMBIGUOUS = new Set([
  '朝阳',
  '大庆',
  '来宾',
  '白银',
  '安康',
  '大同',
  '日照',
  '长治',
  '阿里',
  '玉树',
  '东方市',
]);

/** The short form of a province or prefecture name: 浙江省 → 浙江, 广西壮族自治区 → 广西. */
function shortForm(name: string): string | undefined {
  if (name.endsWith('自治区')) return name.replace(/(壮族|回族|维吾尔)?自治区$/u, '');
  if (/自治[州县旗]$/u.test(name)) return name.slice(0, 2);
  const short = name.replace(/(特别行政区|地区|盟|省|市)$/u, '');
  return short.length >= 2 && short !== name ? short : undefined;
}

interface Gazetteer {
  /** Full or short name → the place's short form. */
  names: Map<string, string>;
  /** Name lengths by first character, longest first: the only lengths worth looking up. */
  lengthsByFirst: Map<string, number[]>;
  /** County full name → short form, for short forms used after the full name. */
  counties: Map<string, string>;
}

let gazetteer: Gazetteer | undefined;

function load(): Gazetteer {
  const names = new Map<string, string>();
  const counties = new Map<string, string>();
  const add = (name: string, place: string) => {
    if (name.length >= 2 && !AMBIGUOUS.has(name) && !names.has(name)) names.set(name, place);
  };
  for (const name of [...Object.values(areaList.province_list), ...Object.values(areaList.city_list)]) {
    const short = shortForm(name);
    add(name, short ?? name);
    if (short) add(short, short);
  }
  for (const name of Object.values(areaList.county_list)) {
    // 和县, 萧县: a one-character stem is too easily part of another word.
    if (name.length < 3) continue;
    const short = shortForm(name) ?? name.replace(/(县|区|旗)$/u, '');
    add(name, short);
    if (short.length >= 2 && short !== name) counties.set(name, short);
  }
  const lengthsByFirst = new Map<string, number[]>();
  for (const name of names.keys()) {
    const lengths = lengthsByFirst.get(name[0]!) ?? [];
    if (!lengths.includes(name.length)) lengths.push(name.length);
    lengthsByFirst.set(name[0]!, lengths);
  }
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  return { names, lengthsByFirst, counties };
}

export interface PlaceMatch {
  start: number;
  end: number;
  /** The place's short form: 杭州 for 杭州市. */
  place: string;
}

/** The places a text names, left to right, longest name first where names overlap. */
export function findPlaces(text: string): PlaceMatch[] {
  gazetteer ??= load();
  const { names, lengthsByFirst, counties } = gazetteer;
  const found: PlaceMatch[] = [];
  const countyShorts = new Map<string, string>();
  for (let i = 0; i < text.length;) {
    const lengths = lengthsByFirst.get(text[i]!);
    let matched = 0;
    for (const length of lengths ?? []) {
      const name = text.slice(i, i + length);
      const place = names.get(name);
      if (place === undefined) continue;
      found.push({ start: i, end: i + length, place });
      const short = counties.get(name);
      if (short) countyShorts.set(short, short);
      matched = length;
      break;
    }
    i += matched || 1;
  }
  if (countyShorts.size === 0) return found;
  // Short forms of the counties this text names in full, anywhere in it (安吉县…安吉).
  return findShortForms(text, found, countyShorts);
}

function findShortForms(text: string, found: PlaceMatch[], shorts: Map<string, string>): PlaceMatch[] {
  const covered = (i: number) => found.some((m) => m.start <= i && i < m.end);
  const extra: PlaceMatch[] = [];
  for (const short of shorts.keys()) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      if (!covered(at)) extra.push({ start: at, end: at + short.length, place: short });
    }
  }
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}
