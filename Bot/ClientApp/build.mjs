// Bundles Web Chat and the page's own script into Bot/wwwroot/js/webchat.js.
// Run `npm ci && npm run build` here (scripts/test.sh does) after changing src/ or package.json.
// The bundle is committed so that `dotnet run --project Bot` serves a working page without Node.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [path.join(here, 'src', 'index.js')],
  outfile: path.join(here, '..', 'wwwroot', 'js', 'webchat.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'linked',
  logLevel: 'warning',
  alias: { punycode: 'punycode/' },
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
});
