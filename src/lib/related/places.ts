/**
 * Place names, from the national gazetteer of provinces, cities and counties
 * (@vant/area-data, GB/T 2260 names), so that 相关阅读 can weigh a shared place as context and
 * not as the subject. Every place is known by its short form: 杭州市 and 杭州 are both 杭州.
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

export interface Gazetteer {
  /** Full or short name → the place's short form. */
  names: ReadonlyMap<string, string>;
  /** County full name → its short form, a place only in a text that also names it in full. */
  countyShortForms: ReadonlyMap<string, string>;
}

let gazetteer: Gazetteer | undefined;

/** The gazetteer, read once. */
export function places(): Gazetteer {
  gazetteer ??= load();
  return gazetteer;
}

function load(): Gazetteer {
  const names = new Map<string, string>();
  const countyShortForms = new Map<string, string>();
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
    if (short.length >= 2 && short !== name) countyShortForms.set(name, short);
  }
  return { names, countyShortForms };
}
