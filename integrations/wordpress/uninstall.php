<?php
/**
 * Deleting the plugin removes what it stored: its options and the uploaded practice bundles, on
 * every site of a network.
 *
 * @package StallElements
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/** Removes this site's options and wp-content/uploads/stall-elements/. */
function stall_elements_uninstall_site(): void {
	foreach ( array( 'stall_elements_practice', 'stall_elements_footer_everywhere', 'stall_elements_practice_bundle' ) as $option ) {
		delete_option( $option );
	}
	$uploads = wp_upload_dir( null, false );
	$root    = realpath( $uploads['basedir'] . '/stall-elements' );
	if ( ! $root || basename( $root ) !== 'stall-elements' ) {
		return;
	}
	$items = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $root, FilesystemIterator::SKIP_DOTS ), RecursiveIteratorIterator::CHILD_FIRST );
	foreach ( $items as $item ) {
		$item->isDir() && ! $item->isLink() ? rmdir( $item->getPathname() ) : unlink( $item->getPathname() ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	}
	rmdir( $root ); // phpcs:ignore WordPress.WP.AlternativeFunctions
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $stall_elements_site ) {
		switch_to_blog( $stall_elements_site );
		stall_elements_uninstall_site();
		restore_current_blog();
	}
} else {
	stall_elements_uninstall_site();
}
