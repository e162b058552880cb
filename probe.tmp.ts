import { SEARCH_ARCHIVE } from './tools/archive/search-archive.ts';
import { ABBREVIATIONS } from './src/data/abbreviations.ts';
import { otherSpellings, spellingGroups } from './src/lib/search/abbreviations.ts';
import { LABELLED_QUERIES } from './tests/fixtures/search-archive/queries.ts';
import { searchDataReader } from './tests/helpers/search-data.ts';
import { buildSearchData } from './src/lib/search/search-data.ts';
import { readingsOf, syllablesOf } from './src/lib/search/pinyin-reading.ts';
import { searchArchiveVocabulary } from './tests/helpers/search-archive-vocabulary.ts';
const files = buildSearchData(searchArchiveVocabulary(), { syllablesOf, readingsOf });
const data = searchDataReader((p) => files.get(p)!);
const groups = spellingGroups(ABBREVIATIONS);
const text = SEARCH_ARCHIVE.map(a => ({ key: a.key, t: (a.title + '\n' + a.paragraphs.join('\n')).normalize('NFKC').toLowerCase(), title: a.title, day: a.date.slice(0,3).map((n,i)=> i? String(n).padStart(2,'0'):String(n)).join('-') }));
const has = (terms: string[][], f = (x: typeof text[0]) => x.t) => text.filter(x => terms.every(sp => sp.some(s => f(x).includes(s)))).map(x => x.key);
for (const l of LABELLED_QUERIES) { const o = otherSpellings(l.query, groups); if (o.length) console.log('EXISTING', l.query, o, has([[l.query, ...o]])); }
for (const q of process.argv.slice(2)) {
  if (/^[a-z ]+$/i.test(q)) { const r = await data.pinyin(q); console.log('PY', q, JSON.stringify(r), r && r.as !== 'latin' ? has(r.terms) : has([[q.toLowerCase()]])); }
  else if (q.startsWith('T:')) { const w = q.slice(2); console.log('TITLE', w, has([[w]], x => x.title)); }
  else { const o = otherSpellings(q, groups); console.log('AB', q, o, has([[q, ...o]]), 'typo:', data.correct(q).map(s=>s.text).join(',')); }
}
console.log(text.map(x=>x.key+':'+x.day).join(' '));
