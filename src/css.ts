/**
 * A `css` tag for the widget's two stylesheets: the text becomes one constructable stylesheet, built on first
 * use (never in Node, where server rendering imports the module). lit's own `css` does more (interpolating
 * other results, a `<style>` fallback) for about 0.5 KB gzip this widget does not need. The build minifies
 * the text of every `css` template (scripts/rollup-shrink.mjs), so it must stay free of interpolations.
 */
import type { Styles } from './element-base.js';

export const css = (strings: TemplateStringsArray): Styles => {
  let sheet: CSSStyleSheet | undefined;
  return {
    get styleSheet() {
      if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(strings[0]!);
      return sheet;
    },
  };
};
