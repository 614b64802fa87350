// @web/dev-server configuration for `npm start`: serves the repository root, with the demo at /demo/.
//
//   npm start            builds dist/ (the script-tag build the demo loads, like a publisher would), then serves
//
// The demo's own code (demo/*.ts, mock/*.ts, msw) is TypeScript and bare imports: esbuild and node resolution
// turn them into browser modules on the fly. msw's service worker is served from node_modules, as in
// web-test-runner.config.mjs, so no copy is committed (it must match msw's version).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mockServiceWorker } from './scripts/msw-worker-middleware.mjs';


/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: '.',
  // 8000, or the next free port (printed below).
  port: process.env.PORT ? Number(process.env.PORT) : undefined,
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    {
      name: 'demo-address',
      serverStart({ config, logger }) {
        logger.log(`Demo:      http://localhost:${config.port}/demo/   (Ctrl+C stops the server)`);
        logger.log('');
      },
    },
  ],
  middleware: [
    function demoIndex(context, next) {
      if (context.path === '/' || context.path === '/demo') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
    mockServiceWorker,
  ],
};
