/** Which raw files are saved web pages, and which folders are a saved page's own files. */

/** .html, .htm and .shtml: what browsers save and servers serve. */
export const HTML_EXTENSION = /\.(?:s?html?)$/i;

export const isHtmlPath = (path: string): boolean => HTML_EXTENSION.test(path);

/**
 * The folder a browser saves beside a page (页面_files, or 页面.files by some browsers): it holds
 * the page's pictures, scripts and styles, never an article of its own.
 */
export const SAVED_FILES_FOLDER = /(?:_files|\.files)$/i;
