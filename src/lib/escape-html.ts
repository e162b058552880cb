/** Text → HTML that shows exactly that text: the one escaper for markup we write by hand. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
