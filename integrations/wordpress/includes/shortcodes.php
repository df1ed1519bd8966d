<?php
/**
 * Shortcodes for the classic editor and page builders: [stall_checklist], [stall_decision],
 * [stall_article id="…"] and [stall_crisis_footer]. Attributes are checked like the blocks' (an
 * unknown one is named for editors); `article-href` may also be written `article_href`.
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders a shortcode.
 *
 * @param string       $kind       A key of COMPONENTS.
 * @param array|string $attributes What the author wrote ('' when nothing).
 */
function render_shortcode( string $kind, $attributes ): string {
	$given   = array();
	$unknown = array();
	foreach ( is_array( $attributes ) ? $attributes : array() as $name => $value ) {
		$name = is_int( $name ) ? (string) $value : str_replace( '-', '_', strtolower( (string) $name ) );
		if ( in_array( $name, COMPONENTS[ $kind ]['attributes'], true ) && ! is_int( $name ) ) {
			$given[ $name ] = (string) $value;
		} else {
			$unknown[] = $name;
		}
	}
	$note = '';
	if ( $unknown ) {
		$note = editor_note(
			array(
				/* translators: 1: the shortcode, 2: the attributes it does not know, 3: those it knows. */
				sprintf( __( '[%1$s] ignored %2$s; it takes: %3$s.', 'stall-elements' ), shortcode_name( $kind ), implode( ', ', $unknown ), implode( ', ', COMPONENTS[ $kind ]['attributes'] ) ),
			)
		);
	}
	return $note . render_component( $kind, $given, sprintf( 'class="stall-elements-shortcode stall-elements-%s"', esc_attr( $kind ) ) );
}

function shortcode_name( string $kind ): string {
	return 'stall_' . str_replace( '-', '_', $kind );
}

function register_shortcodes(): void {
	foreach ( array_keys( COMPONENTS ) as $kind ) {
		add_shortcode( shortcode_name( $kind ), fn ( $attributes ) => render_shortcode( $kind, $attributes ) );
	}
}
add_action( 'init', __NAMESPACE__ . '\register_shortcodes' );
