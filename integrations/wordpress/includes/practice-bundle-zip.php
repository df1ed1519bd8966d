<?php
/**
 * Reads and checks a practice bundle zip (what `npx stall-elements build` writes): stall-elements.js
 * at the top, a chunks/ folder of .js files, nothing else. Everything is checked before anything is
 * written, and only the checked files are ever written.
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const BUNDLE_MAX_FILES = 500;
const BUNDLE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The bundle's files, path => contents, or why the zip is refused.
 *
 * @return array<string, string>|\WP_Error
 */
function read_practice_bundle_zip( string $zip_path ) {
	$entries = zip_entries( $zip_path );
	if ( is_wp_error( $entries ) ) {
		return $entries;
	}
	$entries = array_filter( $entries, fn ( $entry ) => ! is_zip_clutter( $entry['name'] ) );
	$prefix  = wrapper_folder( array_column( $entries, 'name' ) );
	$files   = array();
	$total   = 0;
	foreach ( $entries as $entry ) {
		$name = substr( $entry['name'], strlen( $prefix ) );
		if ( '' === $name || 'chunks/' === $name ) {
			continue;
		}
		if ( $entry['symlink'] || ! is_bundle_path( $name ) ) {
			/* translators: %s: a file name inside the zip. */
			return refuse( sprintf( __( 'The zip holds "%s", which is not part of a practice bundle.', 'stall-elements' ), $entry['name'] ) );
		}
		$total += strlen( $entry['contents'] );
		if ( count( $files ) >= BUNDLE_MAX_FILES || $total > BUNDLE_MAX_BYTES ) {
			return refuse( __( 'The zip is too big for a practice bundle.', 'stall-elements' ) );
		}
		if ( str_contains( $entry['contents'], '<?' ) && str_contains( strtolower( $entry['contents'] ), '<?php' ) ) {
			/* translators: %s: a file name inside the zip. */
			return refuse( sprintf( __( '"%s" holds PHP code.', 'stall-elements' ), $entry['name'] ) );
		}
		$files[ $name ] = $entry['contents'];
	}
	if ( ! isset( $files['stall-elements.js'] ) ) {
		return refuse( __( 'There is no stall-elements.js at the top of the zip.', 'stall-elements' ) );
	}
	if ( count( $files ) < 2 ) {
		return refuse( __( 'The chunks/ folder is missing or empty.', 'stall-elements' ) );
	}
	if ( ! str_contains( $files['stall-elements.js'], 'stall-practice' ) || ! str_contains( $files['stall-elements.js'], 'customElements' ) ) {
		return refuse( __( 'This stall-elements.js is not a stall-elements bundle.', 'stall-elements' ) );
	}
	return $files;
}

/** An error that says what a practice bundle is, after what was wrong. */
function refuse( string $problem ): \WP_Error {
	return new \WP_Error(
		'stall_elements_bad_bundle',
		$problem . ' ' . __( 'Upload the zip made by "npx stall-elements build": stall-elements.js and a chunks/ folder of .js files, and nothing else. The bundle in use has not changed.', 'stall-elements' )
	);
}

/** Only `stall-elements.js` and `chunks/<name>.js`, with plain names. */
function is_bundle_path( string $name ): bool {
	return 'stall-elements.js' === $name || 1 === preg_match( '~^chunks/[A-Za-z0-9_-][A-Za-z0-9._-]*\.js$~', $name );
}

/** What a Mac or Windows adds when zipping a folder; skipped, never written. */
function is_zip_clutter( string $name ): bool {
	return str_starts_with( $name, '__MACOSX/' ) || in_array( basename( $name ), array( '.DS_Store', 'Thumbs.db', 'desktop.ini' ), true );
}

/** `folder/` when the whole bundle sits in one folder (someone zipped the folder, not its contents). */
function wrapper_folder( array $names ): string {
	if ( in_array( 'stall-elements.js', $names, true ) || ! $names ) {
		return '';
	}
	$first = strtok( (string) reset( $names ), '/' ) . '/';
	foreach ( $names as $name ) {
		if ( ! str_starts_with( $name, $first ) ) {
			return '';
		}
	}
	return in_array( $first . 'stall-elements.js', $names, true ) ? $first : '';
}

/**
 * Every entry of the zip: name, contents, whether it is a link. ZipArchive when PHP has it, else
 * the PclZip that WordPress ships.
 *
 * @return array<int, array{name: string, contents: string, symlink: bool}>|\WP_Error
 */
function zip_entries( string $zip_path ) {
	$not_a_zip = refuse( __( 'This file is not a zip file, or it is damaged.', 'stall-elements' ) );
	$entries   = array();
	if ( class_exists( 'ZipArchive' ) ) {
		$zip = new \ZipArchive();
		if ( true !== $zip->open( $zip_path, \ZipArchive::RDONLY ) ) {
			return $not_a_zip;
		}
		if ( $zip->numFiles > BUNDLE_MAX_FILES + 10 ) {
			$zip->close();
			return refuse( __( 'The zip is too big for a practice bundle.', 'stall-elements' ) );
		}
		for ( $index = 0; $index < $zip->numFiles; $index++ ) {
			$stat = $zip->statIndex( $index );
			if ( false === $stat || $stat['size'] > BUNDLE_MAX_BYTES ) {
				$zip->close();
				return refuse( __( 'The zip is too big for a practice bundle.', 'stall-elements' ) );
			}
			$zip->getExternalAttributesIndex( $index, $system, $attributes );
			$is_dir    = str_ends_with( $stat['name'], '/' );
			$entries[] = array(
				'name'     => $stat['name'],
				'contents' => $is_dir ? '' : (string) $zip->getFromIndex( $index ),
				'symlink'  => \ZipArchive::OPSYS_UNIX === $system && 0120000 === ( ( $attributes >> 16 ) & 0170000 ),
			);
		}
		$zip->close();
		return $entries;
	}
	require_once ABSPATH . 'wp-admin/includes/class-pclzip.php';
	$archive = new \PclZip( $zip_path );
	$listed  = $archive->extract( PCLZIP_OPT_EXTRACT_AS_STRING );
	if ( ! is_array( $listed ) ) {
		return $not_a_zip;
	}
	foreach ( $listed as $entry ) {
		$entries[] = array(
			'name'     => (string) $entry['filename'] . ( ! empty( $entry['folder'] ) && ! str_ends_with( (string) $entry['filename'], '/' ) ? '/' : '' ),
			'contents' => (string) ( $entry['content'] ?? '' ),
			'symlink'  => false,
		);
	}
	return $entries;
}
