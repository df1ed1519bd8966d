<?php
/**
 * The markup every block and shortcode prints: a component inside a <stall-practice> that carries
 * the practice's settings. Attribute values are checked here, once, for blocks and shortcodes
 * alike; every value is escaped where it is printed.
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The tags each kind of block or shortcode prints, and what it may be given. */
const COMPONENTS = array(
	'checklist'     => array(
		'tag'        => 'stall-checklist',
		'attributes' => array( 'country', 'article_href' ),
	),
	'decision'      => array(
		'tag'        => 'stall-decision',
		'attributes' => array( 'country', 'article_href' ),
	),
	'article'       => array(
		'tag'        => 'stall-article',
		'attributes' => array( 'id', 'article_href' ),
	),
	'crisis-footer' => array(
		'tag'        => 'stall-crisis-footer',
		'attributes' => array( 'country' ),
	),
);

/**
 * Which components this page has printed so far, so the bundle is loaded and the footer added
 * only where needed.
 *
 * @return array<string, true>
 */
function &rendered_components(): array {
	static $rendered = array();
	return $rendered;
}

/**
 * A component with the practice around it, plus a note for editors about any value that was
 * ignored. `$given` holds the values an author chose (block attributes or shortcode attributes).
 *
 * @param string               $kind  A key of COMPONENTS.
 * @param array<string, mixed> $given Values by name: `country`, `article_href`, `id`.
 * @param string               $outer Attributes for the wrapping div (already escaped).
 */
function render_component( string $kind, array $given, string $outer ): string {
	$problems   = array();
	$attributes = array();

	if ( isset( $given['country'] ) && '' !== $given['country'] ) {
		$country = strtoupper( trim( (string) $given['country'] ) );
		if ( preg_match( '/^[A-Z]{2}$/', $country ) ) {
			$attributes['country'] = $country;
		} else {
			/* translators: %s: what the author wrote. */
			$problems[] = sprintf( __( '"%s" is not a two-letter country code such as GB, so the practice\'s country is used.', 'stall-elements' ), (string) $given['country'] );
		}
	}

	if ( isset( $given['article_href'] ) && '' !== $given['article_href'] ) {
		$href = checked_article_href( (string) $given['article_href'] );
		if ( null !== $href ) {
			$attributes['article-href'] = $href;
		} else {
			/* translators: %s: what the author wrote. */
			$problems[] = sprintf( __( 'The "Read more" link "%s" was ignored: use a path on this site such as /articles/{article}/#{section}, or an https:// address.', 'stall-elements' ), (string) $given['article_href'] );
		}
	}

	if ( 'article' === $kind ) {
		$id = (string) ( $given['id'] ?? '' );
		if ( ! isset( bundled_articles()[ $id ] ) ) {
			$problems[] = '' === $id
				? __( 'Choose an article.', 'stall-elements' )
				/* translators: %s: the article id the author wrote. */
				: sprintf( __( 'There is no bundled article "%s".', 'stall-elements' ), $id );
			/* translators: %s: a list of article ids. */
			$problems[] = sprintf( __( 'Articles: %s.', 'stall-elements' ), implode( ', ', array_keys( bundled_articles() ) ) );
			return editor_note( $problems );
		}
		$attributes = array( 'article' => $id ) + $attributes;
	}

	$tag = COMPONENTS[ $kind ]['tag'];
	note_rendered( $kind );
	return sprintf( '<div %s>%s%s</div>', $outer, editor_note( $problems ), in_practice( sprintf( '<%1$s%2$s></%1$s>', $tag, html_attributes( $attributes ) ) ) );
}

function note_rendered( string $kind ): void {
	$rendered          = &rendered_components();
	$rendered[ $kind ] = true;
	enqueue_bundle();
	leave_out_emoji_script();
}

/** `<stall-practice>` with the saved settings around `$inner`. */
function in_practice( string $inner ): string {
	$settings = practice_settings();
	$practice = array(
		'name'        => $settings['name'],
		'phone'       => $settings['phone'],
		'email'       => $settings['email'],
		'booking-url' => $settings['booking_url'],
		'address'     => $settings['address'],
		'hours'       => $settings['hours'],
		'country'     => practice_country(),
		'lang'        => practice_language(),
	);
	return sprintf( '<stall-practice%s>%s</stall-practice>', html_attributes( $practice ), $inner );
}

/** ` name="value"` pairs, escaped, skipping empty values. */
function html_attributes( array $attributes ): string {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( '' !== (string) $value ) {
			$html .= sprintf( ' %s="%s"', $name, esc_attr( (string) $value ) );
		}
	}
	return $html;
}

/**
 * A "Read more" link pattern as written, if it is safe: a path or fragment on this site, or an
 * http(s) address; `{article}` and `{section}` are kept for the component to fill in.
 */
function checked_article_href( string $href ): ?string {
	$href = trim( $href );
	if ( strlen( $href ) > 500 || preg_match( '/[\x00-\x20\x7F<>"\'`\\\\]/', $href ) ) {
		return null;
	}
	if ( preg_match( '/^([a-z][a-z0-9+.-]*):/i', $href, $scheme ) ) {
		return in_array( strtolower( $scheme[1] ), array( 'http', 'https' ), true ) ? $href : null;
	}
	return preg_match( '~^(/|#|\?|\./|\.\./|[A-Za-z0-9{])~', $href ) && ! str_starts_with( $href, '//' ) ? $href : null;
}

/**
 * What was wrong with a block's or shortcode's settings, for people who can edit posts (in the
 * editor's preview and on the page); visitors see the component with its defaults.
 *
 * @param string[] $problems Sentences.
 */
function editor_note( array $problems ): string {
	if ( ! $problems || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$items = '';
	foreach ( $problems as $problem ) {
		$items .= ' ' . esc_html( $problem );
	}
	return sprintf( '<p class="stall-elements-note" role="note"><strong>%s</strong>%s</p>', esc_html__( 'Stall elements:', 'stall-elements' ), $items );
}
