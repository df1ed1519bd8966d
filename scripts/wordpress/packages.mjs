// What the WordPress test needs from Debian: WordPress itself (6.1 in Debian 12), MariaDB, PHP's
// command line with MySQL and zip support, and a default theme. Installed with apt-get when missing
// and running as root; otherwise the message says how.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql', 'php-zip', 'php-xml', 'php-mbstring'];
export const INSTALL_HINT = `sudo apt-get update && sudo apt-get install --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}`;

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** What is missing, in words; empty when everything is there. */
export function missingPieces() {
  const missing = [];
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) missing.push('WordPress (/usr/share/wordpress)');
  if (!existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json')) missing.push('the Twenty Twenty-Three theme');
  if (!has('php')) missing.push('php');
  else {
    const modules = spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout.toLowerCase();
    if (!modules.includes('mysqli')) missing.push("PHP's mysqli");
  }
  if (!has('mariadbd') && !existsSync('/usr/sbin/mariadbd')) missing.push('mariadbd');
  if (!has('mariadb-install-db')) missing.push('mariadb-install-db');
  return missing;
}

/** Installs what is missing when it can; returns the pieces still missing. */
export function ensurePackages() {
  const missing = missingPieces();
  if (!missing.length) return [];
  const root = process.getuid?.() === 0 && existsSync('/etc/debian_version');
  if (!root) return missing;
  console.log(`stall-elements: installing ${DEBIAN_PACKAGES.join(', ')} (apt-get) for the WordPress test…`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${DEBIAN_PACKAGES.join(' ')} >/dev/null`, { stdio: 'inherit' });
  return missingPieces();
}

// `node scripts/wordpress/packages.mjs` (.ci/run): installs what is missing when root, else says how.
if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = ensurePackages();
  if (missing.length) console.error(`The WordPress test will fail: it needs ${missing.join(', ')}. Install them: ${INSTALL_HINT}`);
}
