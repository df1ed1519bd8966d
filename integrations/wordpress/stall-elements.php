<?php
/**
 * Plugin Name:       Stall elements
 * Description:       Psychoeducation about therapy that has stalled: a self-check, a decision helper, articles and a crisis footer, as blocks and shortcodes any author can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            stall-elements
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       stall-elements
 * Domain Path:       /languages
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;
const PLUGIN_DIR  = __DIR__;

require_once __DIR__ . '/includes/bundled-content.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/i18n.php';
require_once __DIR__ . '/includes/privacy.php';
require_once __DIR__ . '/includes/practice-bundle-zip.php';
require_once __DIR__ . '/includes/practice-bundle.php';

if ( is_admin() ) {
	require_once __DIR__ . '/includes/settings-page.php';
}
