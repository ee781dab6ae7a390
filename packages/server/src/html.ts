/** HTML of the service's pages: hono/html's `html` template, which escapes every value that is not itself `html`. */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export { raw } from 'hono/html';
export type { HtmlEscapedString };

/** `html` for pages built from strings and numbers only: ready at once (never a Promise). */
export function page(strings: TemplateStringsArray, ...values: unknown[]): HtmlEscapedString {
  const out = html(strings, ...values);
  if (out instanceof Promise) throw new Error('a page was given a Promise to render; resolve it first');
  return out;
}

/** Text escaped for HTML (for the mails, which are built as strings). */
export function escapeHtml(value: string): string {
  return page`${value}`.toString();
}
