// A throwaway WordPress: MariaDB and PHP's built-in server on 127.0.0.1, a fresh copy of Debian's
// WordPress in a temporary folder, WP_DEBUG on with its log in that folder. stop() ends both
// servers and deletes the folder. STALL_WORDPRESS_DIR: another WordPress to copy instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function waitFor(what, test, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await test()) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The WordPress to copy: Debian's (6.1 in Debian 12) unless STALL_WORDPRESS_DIR names another
 * unpacked release, to run the same checks on a newer WordPress by hand.
 */
export const WORDPRESS_DIR = process.env.STALL_WORDPRESS_DIR || '/usr/share/wordpress';

const mariadbd = () => (spawnSync('sh', ['-c', 'command -v mariadbd'], { encoding: 'utf8' }).stdout.trim() || '/usr/sbin/mariadbd');

export async function startSite() {
  const dir = mkdtempSync(join(tmpdir(), 'stall-wp-'));
  const children = [];
  const site = { dir, wp: join(dir, 'wp'), debugLog: join(dir, 'debug.log'), children };
  // Each server runs in a process group of its own (PHP forks its workers), ended as a group.
  const signal = (child, name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  const exited = (child) => child.exitCode !== null || child.signalCode !== null;
  site.stop = async () => {
    for (const child of children) signal(child, 'SIGTERM');
    // MariaDB flushes and exits within a moment; whatever is left then is killed, and the folder goes.
    await Promise.all(children.map((child) => exited(child) || Promise.race([new Promise((resolve) => child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 5000))])));
    for (const child of children) signal(child, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const socket = join(dir, 'mysql.sock');
    const install = spawnSync('mariadb-install-db', ['--no-defaults', `--user=${userInfo().username}`, `--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
    const dbPort = await freePort();
    const db = spawn(mariadbd(), ['--no-defaults', `--user=${userInfo().username}`, `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, `--port=${dbPort}`, '--bind-address=127.0.0.1', '--skip-networking=0', `--pid-file=${join(dir, 'mariadb.pid')}`, `--log-error=${join(dir, 'mariadb.log')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'], { stdio: 'ignore', detached: true });
    children.push(db);
    await waitFor('MariaDB', () => existsSync(socket) && spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'SELECT 1'], { stdio: 'ignore' }).status === 0);
    const sql = "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';";
    if (spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql]).status !== 0) throw new Error('could not create the database');

    // Debian's WordPress links into /etc and /var/lib: copy the files themselves.
    if (spawnSync('cp', ['-rL', WORDPRESS_DIR, site.wp]).status !== 0) throw new Error(`could not copy ${WORDPRESS_DIR}`);
    const port = await freePort();
    site.url = `http://127.0.0.1:${port}`;
    writeFileSync(join(site.wp, 'wp-config.php'), wpConfig(site, socket));
    // No mail server here: WordPress's mails go nowhere instead of failing.
    mkdirSync(join(site.wp, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(join(site.wp, 'wp-content/mu-plugins/no-mail.php'), '<?php\nfunction wp_mail() { return true; }\n');
    const php = spawn('php', ['-d', 'display_errors=0', '-d', 'upload_max_filesize=16M', '-d', 'post_max_size=16M', '-S', `127.0.0.1:${port}`, '-t', site.wp], { cwd: site.wp, stdio: 'ignore', detached: true, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
    children.push(php);
    await waitFor('PHP', () => fetch(`${site.url}/readme.html`).then((response) => response.ok, () => false));
    return site;
  } catch (error) {
    await site.stop();
    throw error;
  }
}

function wpConfig(site, socket) {
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${site.url}' );
define( 'WP_SITEURL', '${site.url}' );
define( 'WP_CONTENT_DIR', '${site.wp}/wp-content' );
define( 'WP_CONTENT_URL', '${site.url}/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${site.debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define( '${key}', '${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}' );`).join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Runs PHP inside the WordPress (wp-load.php first) and returns what it printed as JSON. `$user`
 * (a login) runs it as that user, so capabilities and kses apply as they would for them.
 */
export function runPhp(site, body, { user, installing = false } = {}) {
  const file = join(site.dir, `run-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
  const host = new URL(site.url).host;
  writeFileSync(
    file,
    `<?php
$_SERVER['HTTP_HOST'] = '${host}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
${installing ? "define( 'WP_INSTALLING', true );" : ''}
require '${site.wp}/wp-load.php';
${user ? `wp_set_current_user( get_user_by( 'login', '${user}' )->ID );` : ''}
$result = ( function () { ${body} } )();
echo "\\n@@RESULT@@" . json_encode( $result );
`,
  );
  const run = spawnSync('php', ['-d', 'display_errors=stderr', file], { encoding: 'utf8', cwd: site.wp });
  rmSync(file, { force: true });
  const marker = run.stdout.lastIndexOf('@@RESULT@@');
  if (run.status !== 0 || marker < 0) {
    const fatal = readDebugLog(site).split('\n').filter((line) => line.includes('PHP Fatal')).slice(-1)[0];
    throw new Error(`PHP failed (${run.status}): ${fatal ?? run.stderr ?? run.stdout.slice(0, 400)}`);
  }
  return JSON.parse(run.stdout.slice(marker + '@@RESULT@@'.length));
}

export const readDebugLog = (site) => (existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '');
