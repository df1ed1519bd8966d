<?php
/**
 * A practice's own bundle (its own content, built with `npx stall-elements build`), uploaded on the
 * settings page and kept under wp-content/uploads/stall-elements/<id>/. It is site-wide
 * JavaScript, so uploading it takes `unfiltered_html` as well as `manage_options` (on Multisite,
 * a Super Admin).
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const UPLOAD_ACTION = 'stall_elements_upload_bundle';
const REMOVE_ACTION = 'stall_elements_remove_bundle';

/** The folder (and its address) that holds uploaded bundles. */
function practice_bundle_root(): array {
	$uploads = wp_upload_dir( null, false );
	return array( $uploads['basedir'] . '/stall-elements', set_url_scheme( $uploads['baseurl'] . '/stall-elements' ) );
}

/**
 * The uploaded bundle in use, if any and still on disk.
 *
 * @return array{id: string, url: string, file: string, uploaded: int}|null
 */
function installed_practice_bundle(): ?array {
	$stored = get_option( BUNDLE_OPTION );
	$id     = is_array( $stored ) ? (string) ( $stored['id'] ?? '' ) : '';
	if ( ! preg_match( '/^[a-z0-9]{8,40}$/', $id ) ) {
		return null;
	}
	[ $dir, $url ] = practice_bundle_root();
	if ( ! is_file( "$dir/$id/stall-elements.js" ) ) {
		return null;
	}
	return array(
		'id'       => $id,
		'url'      => "$url/$id/stall-elements.js",
		'file'     => (string) ( $stored['file'] ?? '' ),
		'uploaded' => (int) ( $stored['uploaded'] ?? 0 ),
	);
}

function can_manage_practice_bundle(): bool {
	return current_user_can( 'manage_options' ) && current_user_can( 'unfiltered_html' );
}

/** Writes checked files into a new folder and makes it the bundle in use. */
function install_practice_bundle( array $files, string $original_name ): ?\WP_Error {
	[ $root ] = practice_bundle_root();
	$id       = strtolower( wp_generate_password( 16, false ) );
	$target   = "$root/$id";
	if ( ! wp_mkdir_p( "$target/chunks" ) ) {
		return new \WP_Error( 'stall_elements_write', __( 'Could not create the folder for the bundle in wp-content/uploads. Check that WordPress can write there.', 'stall-elements' ) );
	}
	// No folder listing on servers that would show one.
	if ( ! file_exists( "$root/index.php" ) ) {
		file_put_contents( "$root/index.php", "<?php\n// Silence is golden.\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
	}
	foreach ( $files as $name => $contents ) {
		// Checked already; checked again here, where a bad name would write outside the folder.
		if ( ! is_bundle_path( (string) $name ) || false === file_put_contents( "$target/$name", $contents ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
			delete_tree( $target );
			return new \WP_Error( 'stall_elements_write', __( 'Could not save the bundle in wp-content/uploads. Check that WordPress can write there.', 'stall-elements' ) );
		}
	}
	$previous = installed_practice_bundle();
	update_option(
		BUNDLE_OPTION,
		array(
			'id'       => $id,
			'file'     => sanitize_file_name( $original_name ),
			'uploaded' => time(),
		),
		false
	);
	if ( $previous ) {
		delete_tree( "$root/{$previous['id']}" );
	}
	return null;
}

/** Deletes a folder under uploads/stall-elements/ and what is in it; refuses any other path. */
function delete_tree( string $dir ): void {
	[ $root ] = practice_bundle_root();
	$real_root = realpath( $root );
	$real      = realpath( $dir );
	if ( ! $real || ! $real_root || ( $real !== $real_root && ! str_starts_with( $real, $real_root . DIRECTORY_SEPARATOR ) ) ) {
		return;
	}
	$items = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $real, \FilesystemIterator::SKIP_DOTS ), \RecursiveIteratorIterator::CHILD_FIRST );
	foreach ( $items as $item ) {
		$item->isDir() && ! $item->isLink() ? rmdir( $item->getPathname() ) : unlink( $item->getPathname() ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	}
	rmdir( $real ); // phpcs:ignore WordPress.WP.AlternativeFunctions
}

/** Back to the settings page with a message. */
function redirect_with_message( string $message, string $type ): void {
	add_settings_error( PRACTICE_OPTION, 'stall-elements-bundle', $message, $type );
	set_transient( 'settings_errors', get_settings_errors(), 30 );
	wp_safe_redirect( add_query_arg( 'settings-updated', 'bundle', admin_url( 'options-general.php?page=stall-elements' ) ) );
	exit;
}

function handle_bundle_upload(): void {
	if ( ! can_manage_practice_bundle() ) {
		wp_die( esc_html__( 'Only a user who may add scripts to this site can upload a practice bundle.', 'stall-elements' ), 403 );
	}
	check_admin_referer( UPLOAD_ACTION );
	$upload = $_FILES['stall_elements_bundle'] ?? null; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- checked below, read as a zip only.
	if ( ! is_array( $upload ) || UPLOAD_ERR_NO_FILE === ( $upload['error'] ?? UPLOAD_ERR_NO_FILE ) ) {
		redirect_with_message( __( 'Choose the practice bundle zip to upload.', 'stall-elements' ), 'error' );
	}
	if ( UPLOAD_ERR_OK !== $upload['error'] || ! is_uploaded_file( (string) $upload['tmp_name'] ) ) {
		redirect_with_message( __( 'The upload did not arrive whole. It may be bigger than this server accepts; try again.', 'stall-elements' ), 'error' );
	}
	$files = read_practice_bundle_zip( (string) $upload['tmp_name'] );
	if ( is_wp_error( $files ) ) {
		redirect_with_message( $files->get_error_message(), 'error' );
	}
	$failed = install_practice_bundle( $files, (string) ( $upload['name'] ?? '' ) );
	if ( $failed ) {
		redirect_with_message( $failed->get_error_message(), 'error' );
	}
	redirect_with_message( __( 'Practice bundle uploaded. Pages with Stall elements now use your own content.', 'stall-elements' ), 'success' );
}
add_action( 'admin_post_' . UPLOAD_ACTION, __NAMESPACE__ . '\handle_bundle_upload' );

function handle_bundle_removal(): void {
	if ( ! can_manage_practice_bundle() ) {
		wp_die( esc_html__( 'Only a user who may add scripts to this site can remove a practice bundle.', 'stall-elements' ), 403 );
	}
	check_admin_referer( REMOVE_ACTION );
	$installed = installed_practice_bundle();
	delete_option( BUNDLE_OPTION );
	if ( $installed ) {
		delete_tree( practice_bundle_root()[0] . '/' . $installed['id'] );
	}
	redirect_with_message( __( 'Practice bundle removed. Pages use the bundled content again.', 'stall-elements' ), 'success' );
}
add_action( 'admin_post_' . REMOVE_ACTION, __NAMESPACE__ . '\handle_bundle_removal' );
