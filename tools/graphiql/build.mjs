// Bundles entry.jsx into wwwroot/graphiql/graphiql.{js,css} for the API's GraphiQL page; run by Timebank.Api.csproj.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

await build({
  entryPoints: { graphiql: here('entry.jsx') },
  outdir: here('../../src/Timebank.Api/wwwroot/graphiql'),
  bundle: true,
  minify: true,
  format: 'iife', // a classic <script>: no module loading, nothing inline, fits the page's CSP
  target: 'es2020',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' }, // React's production build
  loader: { '.woff2': 'dataurl' }, // fonts stay inside the CSS (font-src allows data:), nothing is fetched
  legalComments: 'eof', // keep the packages' licence notices
  logLevel: 'warning',
});
