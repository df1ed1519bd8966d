// Zips that are not practice bundles, made with PHP's ZipArchive (which can write what a hostile
// zip holds: a path out of the folder, a symbolic link), and what the plugin's check says of each.
import { runPhp } from './site.mjs';

const BUNDLE = "'stall-elements.js' => 'customElements.define(\"stall-practice\")', 'chunks/core.js' => 'export {}'";

/** name => [entries as PHP array items, the message expected (null: accepted)] */
export const CASES = {
  'not a zip': [null, 'This file is not a zip file'],
  'no chunks': ["'stall-elements.js' => 'customElements; stall-practice'", 'The chunks/ folder is missing or empty.'],
  'a path out of the folder': [`${BUNDLE}, '../evil.js' => 'x'`, 'The zip holds "../evil.js"'],
  'a symbolic link': [`${BUNDLE}, '@link:chunks/passwd.js' => '/etc/passwd'`, 'The zip holds "chunks/passwd.js"'],
  'PHP in a chunk': [`${BUNDLE}, 'chunks/x.js' => '<?php system($_GET[1]);'`, '"chunks/x.js" holds PHP code.'],
  'another program': [`${BUNDLE}, 'chunks/run.sh' => 'rm -rf /'`, 'The zip holds "chunks/run.sh"'],
  'a foreign stall-elements.js': ["'stall-elements.js' => 'alert(1)', 'chunks/a.js' => ''", 'is not a stall-elements bundle'],
  'a bundle zipped on a Mac (folder, __MACOSX)': [`'out/stall-elements.js' => 'customElements; stall-practice', 'out/chunks/a.js' => '', '__MACOSX/out/._a.js' => 'x', 'out/.DS_Store' => 'x'`, null],
};

/** What read_practice_bundle_zip() says of each case: `true` for accepted, else its message. */
export function checkZips(site) {
  const items = Object.entries(CASES).map(([name, [entries]]) => `${JSON.stringify(name)} => ${entries === null ? 'null' : `array( ${entries} )`}`);
  return runPhp(
    site,
    `require_once ABSPATH . 'wp-admin/includes/file.php';
    $results = array();
    foreach ( array( ${items.join(', ')} ) as $name => $entries ) {
      $path = wp_tempnam( 'bundle.zip' );
      if ( null === $entries ) {
        file_put_contents( $path, 'PK but not really a zip' );
      } else {
        $zip = new ZipArchive();
        $zip->open( $path, ZipArchive::CREATE | ZipArchive::OVERWRITE );
        foreach ( $entries as $entry => $contents ) {
          $link = str_starts_with( $entry, '@link:' );
          $entry = $link ? substr( $entry, 6 ) : $entry;
          $zip->addFromString( $entry, $contents );
          if ( $link ) { $zip->setExternalAttributesName( $entry, ZipArchive::OPSYS_UNIX, 0120777 << 16 ); }
        }
        $zip->close();
      }
      $read = StallElements\\read_practice_bundle_zip( $path );
      unlink( $path );
      $results[ $name ] = is_wp_error( $read ) ? $read->get_error_message() : array_keys( $read );
    }
    return $results;`,
  );
}
