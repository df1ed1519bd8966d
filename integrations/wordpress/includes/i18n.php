<?php
/**
 * The plugin's own words in the site's language. Spanish ships as es_ES; any other Spanish locale
 * (es_MX, es_AR…) uses it too unless WordPress has a file for that locale.
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The shipped locale to use for `$locale` when there is no file for it: es_ES for any Spanish. */
function fallback_locale( string $locale ): ?string {
	return ( str_starts_with( $locale, 'es_' ) || 'es' === $locale ) && 'es_ES' !== $locale ? 'es_ES' : null;
}

function load_translations(): void {
	load_plugin_textdomain( 'stall-elements', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
	$fallback = fallback_locale( determine_locale() );
	if ( $fallback && ! is_textdomain_loaded( 'stall-elements' ) ) {
		load_textdomain( 'stall-elements', PLUGIN_DIR . "/languages/stall-elements-{$fallback}.mo" );
	}
}
add_action( 'init', __NAMESPACE__ . '\load_translations', 1 );

/** The editor script's translations, with the same Spanish fallback. */
function script_translation_file( $file, string $handle, string $domain ) {
	if ( 'stall-elements' !== $domain || ( $file && is_readable( $file ) ) ) {
		return $file;
	}
	$fallback = fallback_locale( determine_locale() );
	$candidate = PLUGIN_DIR . "/languages/stall-elements-{$fallback}-{$handle}.json";
	return $fallback && is_readable( $candidate ) ? $candidate : $file;
}
add_filter( 'load_script_translation_file', __NAMESPACE__ . '\script_translation_file', 10, 3 );
