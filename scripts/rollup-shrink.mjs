// A rollup plugin for the script-tag build that removes bytes no customer needs, without changing behaviour:
//   - `desc` in `msg(…, { id, desc })` options: descriptions are for translators; lit-localize's extractor reads
//     them from the TypeScript source, and the runtime never looks at them.
//   - whitespace and comments inside lit's `css` tagged templates (outside quoted strings; the space before a
//     `:` is a descendant combinator in a selector, so only the space after one goes), and numbers' leading zeros.
//   - indentation inside lit's `html`/`svg` tagged templates: every whitespace run that holds a line break
//     becomes one space, which HTML renders exactly as it rendered the run (no template here uses `<pre>` or
//     `<textarea>`; the transform refuses a template that does).
//   - @lit/localize's message-id hashing (FNV-1a over the source text, for `msg()` calls without an `id`):
//     every call here has an explicit id, which this plugin checks, so the hash code is never reached.
//   - message ids: translations are looked up by id at run time, so the build gives every id a short name
//     (`a`, `b`, … in the sorted order of the ids the msg() calls use), in the msg() calls and in the keys of
//     the generated locale modules alike; a locale key no msg() uses stops the build.
// It works on the AST (rollup's parser), rewrites with magic-string so source maps stay exact, and only touches
// the project's own modules (lib/), never a dependency's code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';

/** Calls `visit` for every node of an ESTree AST. */
export function walk(node, visit) {
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
    } else if (c === '0' && text[i + 1] === '.' && /\d/.test(text[i + 2] ?? '') && ' :,('.includes(out.at(-1) ?? '')) {
      // A number's leading zero (`0.5rem` -> `.5rem`), where a number starts: after a space, `:`, `,` or `(`.
      i++;
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
const LOCALE_MODULE = /[\\/]locales[\\/]generated[\\/](?!locale-codes)[^/\\]+\.js$/;

/** The literal `id` of a `msg(text, { id })` call, or undefined for any other node. */
function msgId(node) {
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return undefined;
  const options = node.arguments[1];
  if (options?.type !== 'ObjectExpression') return undefined;
  return options.properties.find((p) => p.type === 'Property' && !p.computed && p.key.name === 'id' && p.value.type === 'Literal')
    ?.value;
}

/** `a`…`z`, `A`…`Z`, then two letters. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return (index >= letters.length ? letters[Math.floor(index / letters.length) - 1] : '') + letters[index % letters.length];
}

/** Every .js file under `dir`, the generated locale modules left out. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Each step can be turned off, to measure what it saves. */
export function shrinkTemplates({
  include = /\/lib\//,
  root = 'lib',
  desc = true,
  css = true,
  html = true,
  hashing = true,
  ids = true,
} = {}) {
  /** Message id → short name, from the msg() calls of every module under `root`. */
  let short = new Map();
  return {
    name: 'shrink',
    buildStart() {
      if (!ids) return;
      const found = new Set();
      for (const file of sources(root)) {
        const code = readFileSync(file, 'utf8');
        if (!/\bmsg\(/.test(code)) continue;
        walk(this.parse(code), (node) => {
          const id = msgId(node);
          if (id) found.add(id.value);
        });
      }
      short = new Map([...found].sort().map((id, index) => [id, shortName(index)]));
    },
    load(id) {
      // Reached only by msg() calls without an id, which transform() below refuses.
      if (hashing && ID_GENERATION.test(id)) return 'export const generateMsgId = () => "";';
      return null;
    },
    transform(code, id) {
      if (!include.test(id) || /node_modules/.test(id)) return null;
      const locale = ids && LOCALE_MODULE.test(id);
      if (!locale && !/\b(msg|css|html|svg)\b/.test(code)) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      if (locale) {
        // `export const templates = { 'error.network': …, … }`: the keys take the short names.
        walk(ast, (node) => {
          if (node.type !== 'VariableDeclarator' || node.id.name !== 'templates') return;
          for (const p of node.init.properties) {
            const key = p.key.type === 'Literal' ? p.key.value : p.key.name;
            const name = short.get(key);
            if (!name) this.error(`shrink: ${id} translates "${key}", which no msg() uses (run npm run localize)`);
            s.overwrite(p.key.start, p.key.end, JSON.stringify(name));
          }
        });
        return { code: s.toString(), map: s.generateMap({ hires: true, source: id, includeContent: true }) };
      }
      walk(ast, (node) => {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') {
          const idNode = msgId(node);
          if (!idNode) {
            this.error(`shrink: msg() without a literal \`id\` in ${id} (translations are looked up by id)`, node.start);
          }
          const options = node.arguments[1];
          const keep = options.properties.filter((p) => !(desc && p.type === 'Property' && !p.computed && p.key.name === 'desc'));
          const text = (p) => (ids && p.value === idNode ? `id:${JSON.stringify(short.get(idNode.value))}` : code.slice(p.start, p.end));
          if (keep.length === options.properties.length && !ids) return;
          s.overwrite(options.start, options.end, `{${keep.map(text).join(',')}}`);
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
