// A rollup plugin for the script-tag build that removes bytes no customer needs, without changing behaviour:
//   - `desc` in `msg(…, { id, desc })` options: descriptions are for translators; lit-localize's extractor reads
//     them from the TypeScript source, and the runtime never looks at them.
//   - whitespace and comments inside lit's `css` tagged templates (outside quoted strings; the space before a
//     `:` is a descendant combinator in a selector, so only the space after one goes).
//   - indentation inside lit's `html`/`svg` tagged templates: every whitespace run that holds a line break
//     becomes one space, which HTML renders exactly as it rendered the run (no template here uses `<pre>` or
//     `<textarea>`; the transform refuses a template that does).
//   - @lit/localize's message-id hashing (FNV-1a over the source text, for `msg()` calls without an `id`):
//     every call here has an explicit id, which this plugin checks, so the hash code is never reached.
// It works on the AST (rollup's parser), rewrites with magic-string so source maps stay exact, and only touches
// the project's own modules (lib/), never a dependency's code.
import MagicString from 'magic-string';

/** Calls `visit` for every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** Minifies CSS text; quoted strings are copied as they are. */
export function minifyCss(text) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated CSS comment');
      i = end + 2;
    } else if (/\s/.test(c)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      const prev = out.at(-1) ?? '';
      const next = text[i] ?? '';
      // Drop the run at either end, next to punctuation that needs no space, and after a `:`.
      if (prev === '' || next === '' || '{};,>:'.includes(prev) || '{};,>'.includes(next)) continue;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/;}/g, '}');
}

/** Collapses HTML indentation: each whitespace run with a line break becomes one space. */
export function collapseHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

const ID_GENERATION = /[\\/]@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/;

/** Each step can be turned off, to measure what it saves. */
export function shrinkTemplates({ include = /\/lib\//, desc = true, css = true, html = true, hashing = true } = {}) {
  return {
    name: 'shrink',
    load(id) {
      // Reached only by msg() calls without an id, which transform() below refuses.
      if (hashing && ID_GENERATION.test(id)) return 'export const generateMsgId = () => "";';
      return null;
    },
    transform(code, id) {
      if (!include.test(id) || /node_modules/.test(id)) return null;
      if (!/\b(msg|css|html|svg)\b/.test(code)) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      walk(ast, (node) => {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') {
          const options = node.arguments[1];
          const hasId = options?.type === 'ObjectExpression' && options.properties.some(
            (p) => p.type === 'Property' && !p.computed && p.key.name === 'id' && p.value.type === 'Literal',
          );
          if (!hasId) {
            this.error(`shrink: msg() without a literal \`id\` in ${id} (translations are looked up by id)`, node.start);
          }
          const keep = options.properties.filter((p) => !(p.type === 'Property' && !p.computed && p.key.name === 'desc'));
          if (!desc || keep.length === options.properties.length) return;
          s.overwrite(options.start, options.end, `{${keep.map((p) => code.slice(p.start, p.end)).join(',')}}`);
        } else if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
          const tag = node.tag.name;
          if (tag === 'css' ? !css : !html || (tag !== 'html' && tag !== 'svg')) return;
          const quasis = node.quasi.quasis;
          const raw = quasis.map((q) => q.value.raw);
          if (tag !== 'css' && raw.some((r) => /<(pre|textarea)\b/i.test(r))) {
            this.error(`shrink: a template in ${id} has <pre> or <textarea>; whitespace there is content`);
          }
          // CSS is minified as one text (expressions become placeholders) so a rule can span an expression.
          const shrunk =
            tag === 'css' ? minifyCss(raw.join('\u0000')).split('\u0000') : raw.map((r) => collapseHtml(r));
          if (shrunk.length !== raw.length) this.error(`shrink: lost an expression in ${id}`);
          quasis.forEach((q, i) => {
            if (shrunk[i] !== raw[i]) s.overwrite(q.start, q.end, shrunk[i]);
          });
        }
      });
      if (!s.hasChanged()) return null;
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id, includeContent: true }) };
    },
  };
}
