/**
 * Consent labels are HTML typed into the publisher's Cleeng dashboard (cleeng-api.md, "Consent
 * definition"): untrusted markup shown on someone else's page. This module turns a label into data
 * (text runs and links) by walking an inert parsed document through an allow-list. It never serialises
 * HTML again, so nothing is re-parsed (no mutation XSS), and the element renders the parts with
 * ordinary lit bindings: no `innerHTML` or `unsafeHTML` ever sees a publisher string.
 */

/** A run of label text, or link text with the URL it opens. */
export type LabelPart = { text: string } | { text: string; href: string };

/**
 * Trusted Types. Every API that parses a string as HTML is a Trusted Types sink under
 * `require-trusted-types-for 'script'`, inert ones included: `DOMParser.parseFromString`,
 * `Document.parseHTMLUnsafe`, `innerHTML` on a `<template>` or on a `createHTMLDocument()` document,
 * `Range.createContextualFragment`. The one exception is the HTML Sanitizer API's `Document.parseHTML`,
 * which cannot yield script, so it needs no policy; we use it where the browser has it, with an empty
 * config (keep everything the built-in safety baseline keeps) so both paths hand the same tree to our
 * walk. Elsewhere we do what Lit (policy `lit-html`) and DOMPurify (policy `dompurify`) do: a pass-through
 * policy named `cleeng-register`, created on first use, private to the bundle, whose HTML output only ever
 * reaches the inert `DOMParser` (one policy for the whole widget, shared with the captcha loader: see
 * ../trusted-types.ts). A page whose CSP has a `trusted-types` directive lists it there (the README has
 * the line). If the page refuses the policy, the label is shown as plain text: safe, never blank, and the
 * CSP report names the missing policy.
 */
import { trustedHTML } from '../trusted-types.js';

function parse(html: string): Document {
  const { parseHTML } = Document as unknown as { parseHTML?: (html: string, options: object) => Document };
  if (parseHTML) return parseHTML(html, { sanitizer: {} });
  return new DOMParser().parseFromString(trustedHTML(html), 'text/html');
}

// Not rendered as text in a live page (raw text, hidden by the UA stylesheet, or fallback content
// that only shows without scripting or plugins): their content is not part of the label.
const HIDDEN = /^(script|style|template|noscript|noembed|noframes|iframe|object|embed|title|datalist)$/;
// Elements the browser lays out as a line break or a block of their own: keep the words on either side apart.
const BREAK =
  /^(br|hr|p|div|li|d[dlt]|[ou]l|h[1-6]|t[dhr]|table|caption|blockquote|pre|address|article|aside|section|header|footer|nav|main|figure|figcaption|details|summary|fieldset|legend|form)$/;
const SCHEME = /^(https?|mailto):$/;

/** The absolute http(s) or mailto URL, as the browser itself would parse it, or '' when it is anything else. */
function safeHref(href: string | null): string {
  try {
    // No base URL: a relative link would resolve against the host page, not the publisher's site.
    const url = new URL(href ?? '');
    return SCHEME.test(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

/**
 * Reduces label HTML to text runs and safe links, in document order, with whitespace collapsed the way
 * the browser renders it. Keeps text (entities decoded) and `<a href>` to `http:`, `https:` or `mailto:`
 * URLs; any other link keeps its text only; an `<a>` inside an `<a>` becomes text of the outer one; every
 * other element gives up its markup and keeps its text, except those never shown as text (scripts,
 * styles, frames, SVG, MathML...), which are dropped with their content.
 */
export function sanitizeLabel(html: string): LabelPart[] {
  const runs: LabelPart[] = [];
  const add = (text: string, link?: LabelPart) => {
    const last = link ?? runs[runs.length - 1];
    if (last && (link || !('href' in last))) last.text += text;
    else runs.push({ text });
  };
  const walk = (parent: Node, link: LabelPart | undefined, inAnchor: boolean) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === 3) add((node as Text).data, link);
      // Only HTML elements: SVG and MathML subtrees (mXSS territory, never label text) go whole.
      else if (node.nodeType === 1 && (node as Element).namespaceURI === 'http://www.w3.org/1999/xhtml') {
        const name = (node as Element).localName;
        if (HIDDEN.test(name)) continue;
        const gap = BREAK.test(name);
        let inner = link;
        if (gap) add(' ', link);
        if (name === 'a' && !inAnchor) {
          const href = safeHref((node as Element).getAttribute('href'));
          if (href) runs.push((inner = { text: '', href }));
        }
        walk(node, inner, inAnchor || name === 'a');
        if (gap) add(' ', link);
      }
    }
  };
  try {
    walk(parse(html).body, undefined, false);
  } catch {
    runs.push({ text: html });
  }

  const parts: LabelPart[] = [];
  let space = true;
  for (const run of runs) {
    let text = run.text.replace(/[\t\n\f\r ]+/g, ' ');
    if (space && text[0] === ' ') text = text.slice(1);
    if (!text) continue;
    space = text.endsWith(' ');
    const last = parts[parts.length - 1];
    if ('href' in run) parts.push({ text, href: run.href });
    else if (last && !('href' in last)) last.text += text;
    else parts.push({ text });
  }
  const last = parts[parts.length - 1];
  if (space && last && !(last.text = last.text.slice(0, -1))) parts.pop();
  return parts;
}

/** The label as plain text, e.g. for the consent label in the success event. */
export function labelText(parts: LabelPart[]): string {
  return parts.map((part) => part.text).join('');
}
