// `import Component from './x.svelte'` for TypeScript: scripts/wtr-frameworks.mjs serves the compiled component.
declare module '*.svelte' {
  import type { Component } from 'svelte';
  // Each fixture's props are checked by the Svelte compiler, not here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const component: Component<any>;
  export default component;
}
