// `npm run release`: what to hand out, in release/ (gitignored):
// - stall-elements-<version>.tgz: the npm package (`npm pack`; its prepack builds everything),
//   for `npm install ./stall-elements-<version>.tgz` until the package is on the registry;
// - stall-elements-cdn-<version>.zip: the drop-in bundle and a short README, for a website
//   without Node;
// - SHA256SUMS: the SHA-256 of both, in the format `sha256sum -c` reads.
// Zips with the `zip` command when there is one, else with Node's zlib (no extra dependency).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'release';
mkdirSync(out, { recursive: true });
const tarball = `stall-elements-${version}.tgz`;
const zipName = `stall-elements-cdn-${version}.zip`;
for (const name of [tarball, zipName, 'SHA256SUMS']) rmSync(path.join(out, name), { force: true });

// The package. npm pack runs prepack (npm run build), so dist/ is fresh for the zip as well.
execFileSync('npm', ['pack', '--pack-destination', out], { stdio: ['ignore', 'ignore', 'inherit'] });

const readme = `stall-elements ${version}: the drop-in bundle
=============================================

For a website without Node or npm. Nothing to install.

1. Copy the folder "stall-elements" (the file stall-elements.js and the folder chunks/,
   together) to your website, for example to /assets/stall-elements/.
2. Add to each page that shows a component:

   <script type="module" src="/assets/stall-elements/stall-elements.js"></script>

   <stall-practice name="Your practice" phone="020 7946 0000" country="GB">
     <stall-checklist></stall-checklist>
     <stall-crisis-footer></stall-crisis-footer>
   </stall-practice>

   Set country to your country's two-letter code: the crisis footer shows that country's
   crisis lines. Put <stall-crisis-footer> on every page with a component.

The bundle loads its parts only from beside itself, on your own website, and sends nothing
anywhere. It works under a strict Content-Security-Policy (the project's docs/embedding.md
says which one).

Your own wording, checklist or articles: either point a component at a markdown file on your
website (<stall-checklist src="/content/our-checklist.en.md">), or, with Node installed,
compile your own files into a bundle of your own:

   npm install ./stall-elements-${version}.tgz
   npx stall-elements init
   npx stall-elements build --content stall-content --out public/stall

Check the download: sha256sum -c SHA256SUMS
`;

// The zip holds a folder: stall-elements-cdn-<version>/{README.txt, stall-elements/…}.
const stageRoot = path.join(out, '.stage');
const top = `stall-elements-cdn-${version}`;
rmSync(stageRoot, { recursive: true, force: true });
cpSync('dist/cdn', path.join(stageRoot, top, 'stall-elements'), { recursive: true });
writeFileSync(path.join(stageRoot, top, 'README.txt'), readme);

// STALL_RELEASE_NODE_ZIP=1 uses the Node writer even where `zip` exists (to test it).
const hasZip = !process.env.STALL_RELEASE_NODE_ZIP && spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0;
if (hasZip) {
  execFileSync('zip', ['-q', '-r', '-X', path.resolve(out, zipName), top], { cwd: stageRoot });
} else {
  writeFileSync(path.join(out, zipName), zipFolder(stageRoot, top));
}
rmSync(stageRoot, { recursive: true, force: true });

const sums = [tarball, zipName].map((name) => `${createHash('sha256').update(readFileSync(path.join(out, name))).digest('hex')}  ${name}`);
writeFileSync(path.join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
for (const name of [tarball, zipName]) console.log(`${path.join(out, name)}  ${(statSync(path.join(out, name)).size / 1024).toFixed(1)} KB`);
console.log(`${path.join(out, 'SHA256SUMS')}:\n${sums.join('\n')}`);

/** A zip archive of `dir` (relative to `base`), deflated, written with Node alone. */
function zipFolder(base, dir) {
  const files = readdirSync(path.join(base, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((name) => statSync(path.join(base, name)).isFile())
    .sort();
  const local = [];
  const central = [];
  let offset = 0;
  for (const name of files) {
    const data = readFileSync(path.join(base, name));
    const packed = deflateRawSync(data, { level: 9 });
    const fileName = Buffer.from(name.split(path.sep).join('/'));
    const crc = crc32(data);
    // Signature, version 2.0, no flags, deflate, a fixed time and date (1 Jan 2026, so the same
    // files give the same zip), crc, sizes, name length, no extra field, name.
    const localHeader = Buffer.concat([u32(0x04034b50), u16(20), u16(0), u16(8), u16(0), u16(0x5c21), u32(crc), u32(packed.length), u32(data.length), u16(fileName.length), u16(0), fileName]);
    local.push(localHeader, packed);
    central.push(
      Buffer.concat([u32(0x02014b50), u16(20), u16(20), u16(0), u16(8), u16(0), u16(0x5c21), u32(crc), u32(packed.length), u32(data.length), u16(fileName.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), fileName]),
    );
    offset += localHeader.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(files.length), u16(files.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...local, directory, end]);
}

function u16(n) {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(n);
  return buffer;
}
function u32(n) {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(n >>> 0);
  return buffer;
}
function crc32(data) {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
