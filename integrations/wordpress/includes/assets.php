<?php
/**
 * Loading the drop-in bundle: as a module script from this site (the plugin's copy, or the
 * practice's own bundle), only on pages that print a component, or on every page when the
 * site-wide crisis footer is on. WordPress 6.5+ has script modules; 6.1 to 6.4 get a classic
 * script whose tag is printed as `type="module"`.
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SCRIPT_HANDLE = 'stall-elements';
const EDITOR_HANDLE = 'stall-elements-editor';

/**
 * The bundle's address and version: the practice's uploaded bundle if there is one, else the
 * plugin's. An uploaded bundle has no version: its folder is new with each upload, and a bundle
 * built for its tags (`stall-elements build --tags`) must be loaded by its plain address, the one
 * its chunks import it by (with `?ver=` the browser would run it twice).
 */
function bundle_source(): array {
	$practice = installed_practice_bundle();
	if ( $practice ) {
		return array( $practice['url'], null );
	}
	return array( plugins_url( 'assets/bundle/stall-elements.js', PLUGIN_FILE ), VERSION );
}

/** Adds the bundle to this page once. The editor always takes the classic-script route. */
function enqueue_bundle(): void {
	static $enqueued = false;
	if ( $enqueued ) {
		return;
	}
	$enqueued         = true;
	[ $url, $version ] = bundle_source();
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() && ! wp_is_json_request() ) {
		wp_enqueue_script_module( SCRIPT_HANDLE, $url, array(), $version );
		add_action(
			'wp_footer',
			function () use ( $url, $version ) {
				print_module_if_missed( $url, $version );
			},
			1000
		);
		return;
	}
	wp_enqueue_script( SCRIPT_HANDLE, $url, array(), $version, true );
}

/**
 * Whether WordPress has printed the bundle's module tag: it asks for the module's address
 * (`script_module_loader_src`) only to print it, as nothing imports the bundle.
 */
function module_printed( ?bool $now = null ): bool {
	static $printed = false;
	if ( null !== $now ) {
		$printed = $now;
	}
	return $printed;
}

add_filter(
	'script_module_loader_src',
	function ( $src, $id ) {
		if ( SCRIPT_HANDLE === $id ) {
			module_printed( true );
		}
		return $src;
	},
	10,
	2
);

/**
 * WordPress 6.5 and later (seen on 6.5.5 and 6.7) print a block theme's script modules in the
 * head, before the site-wide crisis footer is rendered (wp_footer) and asks for the bundle:
 * without this, that footer would never come alive on a block theme. Prints the module tag itself
 * when WordPress has not.
 */
function print_module_if_missed( string $url, ?string $version ): void {
	if ( module_printed() ) {
		return;
	}
	module_printed( true );
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => null === $version ? $url : add_query_arg( 'ver', $version, $url ),
			'id'   => SCRIPT_HANDLE . '-js-module',
		)
	);
}

/** Prints the classic-script route's tag as a module script. */
function module_script_tag( string $tag, string $handle, string $src ): string {
	if ( SCRIPT_HANDLE !== $handle ) {
		return $tag;
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
	return sprintf( "<script type=\"module\" src=\"%s\" id=\"%s-js\"></script>\n", esc_url( $src ), esc_attr( $handle ) );
}
add_filter( 'script_loader_tag', __NAMESPACE__ . '\module_script_tag', 10, 3 );

/**
 * The crisis footer at the end of the page: on every page when the site-wide footer is on, and on
 * any page with a component but no footer of its own (the footer is what a visitor finds without
 * answering anything). Runs before the footer scripts are printed, so the bundle comes with it.
 */
function print_site_footer(): void {
	$rendered = rendered_components();
	if ( isset( $rendered['crisis-footer'] ) || ( ! $rendered && ! footer_everywhere() ) ) {
		return;
	}
	// Built from escaped parts in render_component().
	echo render_component( 'crisis-footer', array(), 'class="stall-elements-site-footer"' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
}
add_action( 'wp_footer', __NAMESPACE__ . '\print_site_footer', 5 );

/** The editor script for the four blocks, and the bundle so their previews show the real components. */
function register_editor_script(): void {
	wp_register_script(
		EDITOR_HANDLE,
		plugins_url( 'assets/editor/blocks.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		VERSION,
		true
	);
	wp_add_inline_script(
		EDITOR_HANDLE,
		'window.stallElementsEditor = ' . wp_json_encode(
			array(
				'countries' => bundled_countries(),
				'articles'  => bundled_articles(),
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( EDITOR_HANDLE, 'stall-elements', PLUGIN_DIR . '/languages' );
}
add_action( 'init', __NAMESPACE__ . '\register_editor_script', 5 );

add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\enqueue_bundle' );

/**
 * WordPress's emoji script swaps characters such as the articles' "↩" for images from s.w.org,
 * which would tell another host about the visit. Pages with components leave it out: decided
 * before the head is printed from the posts being shown (classic themes render content later),
 * and again when a component renders first (block themes render before the head).
 */
function leave_out_emoji_script(): void {
	if ( ! did_action( 'wp_head' ) ) {
		remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
	}
}

function page_will_show_components(): bool {
	if ( footer_everywhere() ) {
		return true;
	}
	foreach ( $GLOBALS['wp_query']->posts ?? array() as $post ) {
		$content = $post instanceof \WP_Post ? $post->post_content : '';
		if ( str_contains( $content, '<!-- wp:stall-elements/' ) || preg_match( '/\[stall_(checklist|decision|article|crisis_footer)\b/', $content ) ) {
			return true;
		}
	}
	return false;
}

add_action(
	'template_redirect',
	function () {
		if ( page_will_show_components() ) {
			leave_out_emoji_script();
		}
	}
);
