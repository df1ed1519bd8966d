// Zips a folder: Debian's `zip` when it is installed, else a small writer on Node's zlib (deflate,
// no dependencies), so `npm run build:wordpress` works on any machine with Node.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? [`${path}/`, ...filesUnder(path)] : [path];
    });
}

/** Writes `zipFile` holding `folder` itself (entries start with the folder's name). */
export function zipFolder(folder, zipFile, { useZipCommand = true } = {}) {
  rmSync(zipFile, { force: true });
  const hasZip = useZipCommand && spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0;
  if (hasZip) {
    const result = spawnSync('zip', ['-q', '-r', '-X', resolve(zipFile), basename(folder)], { cwd: dirname(resolve(folder)), stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`zip failed with status ${result.status}`);
    return;
  }
  const local = [];
  const central = [];
  let offset = 0;
  for (const path of [`${folder}/`, ...filesUnder(folder)]) {
    const name = Buffer.from(relative(dirname(folder), path).replaceAll('\\', '/') + (path.endsWith('/') ? '/' : ''));
    const data = path.endsWith('/') ? Buffer.alloc(0) : readFileSync(path);
    const packed = data.length ? deflateRawSync(data) : data;
    const method = data.length ? 8 : 0;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(method, 8);
    header.writeUInt32LE(0x00210000, 10); // 1980-01-01, a fixed time: the zip is reproducible
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by Unix, version 2.0
    entry.writeUInt16LE(20, 6);
    header.copy(entry, 8, 6, 28);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE((path.endsWith('/') ? 0o40755 : 0o100644) * 0x10000, 38);
    entry.writeUInt32LE(offset, 42);
    local.push(header, name, packed);
    central.push(entry, name);
    offset += header.length + name.length + packed.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(zipFile, Buffer.concat([...local, ...central, end]));
}
