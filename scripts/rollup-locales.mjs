// A rollup plugin for the script-tag build: the language files are loaded by name, not through a table.
// lib/locales/localization.js keeps one static `() => import('./generated/<locale>.js')` per language, which
// every bundler understands (npm users' builds split each language into its own chunk). In dist/ each
// language is an emitted chunk with a fixed name, `cleeng-register.<locale>.js`, next to the entry, and the
// table (20 entries, ~150 B gzip on every page) becomes one `import(`./cleeng-register.${locale}.js`)`.
// The plugin checks that the table maps every locale to its own generated module, so nothing else changes.
import MagicString from 'magic-string';
import { walk } from './rollup-shrink.mjs';

const LOCALIZATION = /[\\/]lib[\\/]locales[\\/]localization\.js$/;

export function localeChunks() {
  return {
    name: 'locale-chunks',
    async transform(code, id) {
      if (!LOCALIZATION.test(id)) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      let table;
      let calls = 0;
      walk(ast, (node) => {
        if (node.type === 'VariableDeclaration' && node.declarations[0]?.id.name === 'loaders') table = node;
        // loaders[locale]() → import(`./cleeng-register.${locale}.js`)
        if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.name === 'loaders') {
          const locale = code.slice(node.callee.property.start, node.callee.property.end);
          s.overwrite(node.start, node.end, `import(\`./cleeng-register.\${${locale}}.js\`)`);
          calls++;
        }
      });
      if (!table || calls !== 1) this.error('locale-chunks: expected one `loaders` table and one `loaders[locale]()` call');
      for (const p of table.declarations[0].init.properties) {
        const locale = p.key.type === 'Literal' ? p.key.value : p.key.name;
        const specifier = p.value.body?.source?.value;
        if (specifier !== `./generated/${locale}.js`) this.error(`locale-chunks: ${locale} loads ${specifier}`);
        const resolved = await this.resolve(specifier, id);
        // Loaded only after this module ran: what the entry has (lit-localize's `str`) stays in the entry.
        this.emitFile({ type: 'chunk', id: resolved.id, fileName: `cleeng-register.${locale}.js`, implicitlyLoadedAfterOneOf: [id] });
      }
      s.remove(table.start, table.end);
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id, includeContent: true }) };
    },
  };
}
