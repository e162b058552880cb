/**
 * 简称 ↔ 全称 (src/search/browser/abbreviation-table.ts): the other spellings of a query that names a body by
 * its abbreviation or its full name, so either finds the articles that use the other
 * (发改委 ↔ 发展和改革委员会, 省发改委 ↔ 省发展和改革委员会). The page searches them too and
 * says so (已同时搜索“…”).
 */
export type AbbreviationTable = readonly (readonly [abbreviation: string, fullName: string])[];

/** Each spelling → every spelling of its body (a full name and all its abbreviations). */
export function spellingGroups(table: AbbreviationTable): Map<string, string[]> {
  const byFullName = new Map<string, string[]>();
  for (const [abbreviation, fullName] of table)
    byFullName.set(fullName, [...(byFullName.get(fullName) ?? [fullName]), abbreviation]);
  const groups = new Map<string, string[]>();
  for (const spellings of byFullName.values()) for (const s of spellings) groups.set(s, spellings);
  return groups;
}

/** At most this many other spellings: each is one more search. */
const MAX_SPELLINGS = 8;

/**
 * The query's other spellings: each abbreviation or full name in it (the longest at each place,
 * left to right) replaced by the other spellings of its body. Empty when it names none.
 */
export function otherSpellings(query: string, groups: Map<string, string[]>): string[] {
  const longestFirst = [...groups.keys()].sort((a, b) => b.length - a.length);
  // The query as pieces: plain text, or a named body's spellings (the one written first).
  const pieces: string[][] = [];
  let plain = '';
  for (let i = 0; i < query.length;) {
    const found = longestFirst.find((s) => query.startsWith(s, i));
    if (!found) {
      plain += query[i];
      i++;
      continue;
    }
    if (plain) pieces.push([plain]);
    plain = '';
    pieces.push([found, ...groups.get(found)!.filter((s) => s !== found)]);
    i += found.length;
  }
  if (plain) pieces.push([plain]);
  let spellings = [''];
  for (const piece of pieces)
    spellings = spellings.flatMap((head) => piece.map((s) => head + s)).slice(0, MAX_SPELLINGS + 1);
  return spellings.filter((s) => s !== query).slice(0, MAX_SPELLINGS);
}

const LEVELS = new Set(['省', '市', '县', '区']);
/** A full name's kind of body (its ending) → the endings its abbreviation may have. */
const BODY_KINDS: readonly (readonly [string, readonly string[]])[] = [
  ['办公厅', ['办']],
  ['办公室', ['办']],
  ['委员会', ['委', '会']],
  ['人民政府', ['政府']],
  ['联合会', ['联']],
  ['协会', ['协']],
  ['厅', ['厅']],
  ['局', ['局']],
  ['部', ['部']],
  ['院', ['院']],
];

const isSubsequence = (short: string, full: string): boolean => {
  let at = 0;
  for (const char of full) if (char === short[at]) at++;
  return at === short.length;
};

/**
 * What is wrong with a table, one line per problem (empty when nothing): an abbreviation naming
 * two bodies, a spelling that is both an abbreviation and a full name (a chain or a cycle), or a
 * pair that would merge two different bodies: characters not taken from the full name in order,
 * another level (省 for 市), another kind of body (厅 for 局).
 */
export function tableProblems(table: AbbreviationTable): string[] {
  const problems: string[] = [];
  const fullOf = new Map<string, string>();
  const fullNames = new Set(table.map(([, full]) => full));
  for (const [short, full] of table) {
    const pair = `${short} ↔ ${full}`;
    const known = fullOf.get(short);
    if (known !== undefined && known !== full) problems.push(`${short} names two bodies: ${known}, ${full}`);
    else if (known === full) problems.push(`${pair} is listed twice`);
    fullOf.set(short, full);
    if (fullNames.has(short)) problems.push(`${short} is both an abbreviation and a full name`);
    if (short.length >= full.length || !isSubsequence(short, full))
      problems.push(`${pair}: the abbreviation does not take its characters from the full name in order`);
    // 市 in 市场监管局 is 市场, not a city.
    const level = LEVELS.has(full[0]!) && !full.startsWith('市场') ? full[0]! : '';
    if ((level && short[0] !== level) || (LEVELS.has(short[0]!) && short[0] !== full[0]))
      problems.push(`${pair}: another level of government`);
    const kind = BODY_KINDS.find(([ending]) => full.endsWith(ending));
    if (kind && !kind[1].some((ending) => short.endsWith(ending)))
      problems.push(`${pair}: another kind of body (${kind[0]})`);
  }
  return problems;
}
