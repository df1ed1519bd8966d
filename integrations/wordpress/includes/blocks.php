<?php
/**
 * The four blocks. Each is dynamic: the post stores only the block's settings, and PHP prints the
 * component when the page is shown, so an Author or Contributor (no `unfiltered_html`) can add one.
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders a block: its attributes (camelCase in block.json) become the component's values.
 *
 * @param string $kind       A key of COMPONENTS.
 * @param array  $attributes The block's attributes.
 */
function render_block_component( string $kind, array $attributes ): string {
	return render_component(
		$kind,
		array(
			'country'      => $attributes['country'] ?? '',
			'article_href' => $attributes['articleHref'] ?? '',
			'id'           => $attributes['article'] ?? '',
		),
		get_block_wrapper_attributes()
	);
}

function register_blocks(): void {
	foreach ( array_keys( COMPONENTS ) as $kind ) {
		register_block_type(
			PLUGIN_DIR . '/blocks/' . $kind,
			array(
				'render_callback' => fn ( $attributes ) => render_block_component( $kind, is_array( $attributes ) ? $attributes : array() ),
			)
		);
	}
}
add_action( 'init', __NAMESPACE__ . '\register_blocks' );
