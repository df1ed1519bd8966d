// `npm run build:wordpress`: the WordPress plugin as an installable zip,
// release/stall-elements-wordpress-<version>.zip. Builds the drop-in bundle (the CDN build, into a
// clean folder so no stale chunk ships), copies integrations/wordpress/, and adds what is made from
// the library: the bundle, the bundled countries and articles, and the compiled translations.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMo, compileScriptJson, extractStrings, parsePo, writePot } from './i18n.mjs';
import { zipFolder } from './zip.mjs';

const SOURCE = 'integrations/wordpress';
const WORK = '.cache/wordpress-build';
const PLUGIN = join(WORK, 'stall-elements');

/** One front matter field of a content file (the fields read here are plain one-line scalars). */
function frontMatterField(file, field) {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const raw = new RegExp(`^${field}:\\s*(.+)$`, 'm').exec(front)?.[1].trim();
  if (!raw) throw new Error(`${file} has no ${field}`);
  return raw.startsWith('"') ? JSON.parse(raw) : raw.replace(/^'(.*)'$/, '$1');
}

/** code => { en, es } for every country with bundled crisis lines; id => { en, es } for articles. */
export function bundledContent(contentDir = 'content') {
  const byId = (kind, field, idOf) => {
    const result = {};
    for (const name of readdirSync(join(contentDir, kind)).sort()) {
      const match = /^(.+)\.(en|es)\.md$/.exec(name);
      if (!match) continue;
      const file = join(contentDir, kind, name);
      const id = idOf(file, match[1]);
      result[id] = { ...result[id], [match[2]]: frontMatterField(file, field) };
    }
    return result;
  };
  return {
    countries: byId('crisis', 'countryName', (file) => frontMatterField(file, 'country').toUpperCase()),
    articles: byId('articles', 'title', (_file, id) => id),
  };
}

const phpString = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function phpArray(value, indent = '\t') {
  if (typeof value !== 'object') return phpString(value);
  const inner = Object.entries(value).map(([key, item]) => `${indent}\t${phpString(key)} => ${phpArray(item, `${indent}\t`)},`);
  return `array(\n${inner.join('\n')}\n${indent})`;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

export function buildPlugin() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(SOURCE, PLUGIN, { recursive: true });

  // The drop-in bundle, as `npm run build` makes dist/cdn/, in a clean folder inside the plugin.
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', 'cdn', '--logLevel', 'warn', '--outDir', join(PLUGIN, 'assets/bundle'), '--emptyOutDir']);
  if (!existsSync(join(PLUGIN, 'assets/bundle/stall-elements.js'))) throw new Error('The CDN build wrote no stall-elements.js');

  mkdirSync(join(PLUGIN, 'generated'));
  writeFileSync(
    join(PLUGIN, 'generated/bundled-content.php'),
    `<?php\n// Made by scripts/wordpress/build.mjs from the library's content/ folder. Do not edit.\n\nif ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\n\nreturn ${phpArray(bundledContent())};\n`,
  );

  // The plugin's version is the library's.
  for (const file of ['stall-elements.php', 'readme.txt']) {
    const path = join(PLUGIN, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^( \* Version:\s*).*$/m, `$1${version}`).replace(/^(const VERSION\s*=\s*)'[^']*';/m, `$1'${version}';`).replace(/^(Stable tag:\s*).*$/m, `$1${version}`));
  }

  const strings = extractStrings(SOURCE);
  writeFileSync(join(PLUGIN, 'languages/stall-elements.pot'), writePot(strings, version));
  for (const name of readdirSync(join(SOURCE, 'languages'))) {
    const locale = /^stall-elements-(.+)\.po$/.exec(name)?.[1];
    if (!locale) continue;
    const entries = parsePo(readFileSync(join(SOURCE, 'languages', name), 'utf8'));
    writeFileSync(join(PLUGIN, `languages/stall-elements-${locale}.mo`), compileMo(entries));
    writeFileSync(join(PLUGIN, `languages/stall-elements-${locale}-stall-elements-editor.json`), compileScriptJson(entries, strings, locale));
  }

  mkdirSync('release', { recursive: true });
  const zipFile = `release/stall-elements-wordpress-${version}.zip`;
  zipFolder(PLUGIN, zipFile);
  return zipFile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Wrote ${buildPlugin()}`);
}
