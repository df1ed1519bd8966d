<?php
/**
 * What the bundled library covers: its countries' crisis lines and its articles, read from the
 * library's content/ folder when the plugin is built (`npm run build:wordpress` writes
 * generated/bundled-content.php), so the settings, blocks and shortcodes offer exactly what the
 * bundle can show.
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The generated lists: `countries` (code => [lang => name]) and `articles` (id => [lang => title]).
 *
 * @return array{countries: array<string, array<string, string>>, articles: array<string, array<string, string>>}
 */
function bundled_content(): array {
	static $content = null;
	if ( null === $content ) {
		$file    = PLUGIN_DIR . '/generated/bundled-content.php';
		$loaded  = is_readable( $file ) ? require $file : array();
		$content = array(
			'countries' => is_array( $loaded['countries'] ?? null ) ? $loaded['countries'] : array(),
			'articles'  => is_array( $loaded['articles'] ?? null ) ? $loaded['articles'] : array(),
		);
	}
	return $content;
}

/** The language of the plugin's own screens for the bundled names: `es` for any Spanish locale, else `en`. */
function names_language(): string {
	return str_starts_with( determine_locale(), 'es' ) ? 'es' : 'en';
}

/**
 * Countries with bundled crisis lines, code => name, sorted by name.
 *
 * @return array<string, string>
 */
function bundled_countries(): array {
	$lang  = names_language();
	$names = array();
	foreach ( bundled_content()['countries'] as $code => $by_lang ) {
		$names[ $code ] = $by_lang[ $lang ] ?? $by_lang['en'] ?? $code;
	}
	asort( $names, SORT_LOCALE_STRING );
	return $names;
}

/**
 * Bundled articles, id => title.
 *
 * @return array<string, string>
 */
function bundled_articles(): array {
	$lang   = names_language();
	$titles = array();
	foreach ( bundled_content()['articles'] as $id => $by_lang ) {
		$titles[ $id ] = $by_lang[ $lang ] ?? $by_lang['en'] ?? $id;
	}
	return $titles;
}
