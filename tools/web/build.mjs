// Builds the web front end's assets into src/Timebank.Web/bundle (gitignored); run by Timebank.Web.csproj.
// GOV.UK Frontend's styles are compiled from its Sass with our settings: the GDS Transport font and the crown are
// only for services on gov.uk, so this service uses the Design System's fallback font stack and its own name.
import { build } from 'esbuild';
import * as sass from 'sass';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const out = here('../../src/Timebank.Web/bundle');
await mkdir(out, { recursive: true });

const css = sass.compile(here('../../src/Timebank.Web/Styles/timebank.scss'), {
  loadPaths: [here('../node_modules')],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import'],
});
await writeFile(`${out}/timebank.css`, css.css);

await build({
  entryPoints: { timebank: here('entry.mjs') },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife', // a classic deferred <script>: nothing inline, fits the pages' CSP
  target: 'es2020',
  legalComments: 'eof',
  logLevel: 'warning',
});
