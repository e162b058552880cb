/**
 * Pagefind segments Chinese into words and joins them with spaces in its excerpts
 * ("张 雁 云"). Chinese text has no spaces between characters, so drop those again.
 */
const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’]';
const SPACE_BETWEEN_HAN = new RegExp(`(${HAN}(?:</mark>)?)[ \\t]+((?:<mark>)?${HAN})`, 'gu');

export function tidyExcerpt(html: string): string {
  // Twice: each pass can only remove every other gap in a run like "张 雁 云".
  return html
    .replace(SPACE_BETWEEN_HAN, '$1$2')
    .replace(SPACE_BETWEEN_HAN, '$1$2')
    .replace(/<\/mark><mark>/g, '');
}
