/**
 * The URL parameter that carries a search query to the article (?hl=知识产权). Its own module,
 * with no imports, so the script every page loads can check for it without bundling the marking code.
 */
export const MARK_PARAM = 'hl';
