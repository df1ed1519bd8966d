// The steps done in PHP inside the test WordPress: installing it, adding users, saving posts as
// those users (kses applies to anyone without unfiltered_html), switching the plugin off and on,
// and deleting it.
import { runPhp } from './site.mjs';

export const PLUGIN = 'stall-elements/stall-elements.php';
export const USERS = {
  admin: { password: 'admin-pass-4821', role: 'administrator' },
  author: { password: 'author-pass-4821', role: 'author' },
  contributor: { password: 'contributor-pass-4821', role: 'contributor' },
};

export function installWordPress(site) {
  runPhp(site, `require_once ABSPATH . 'wp-admin/includes/upgrade.php'; return wp_install( 'Harbour test site', 'admin', 'admin@example.test', false, '', '${USERS.admin.password}' );`, { installing: true });
  for (const [login, { password, role }] of Object.entries(USERS)) {
    if (login === 'admin') continue;
    runPhp(site, `return wp_insert_user( array( 'user_login' => '${login}', 'user_pass' => '${password}', 'user_email' => '${login}@example.test', 'role' => '${role}' ) );`);
  }
  // Hide the block editor's welcome guide so the editor opens straight to the post.
  runPhp(site, `foreach ( get_users() as $user ) { update_user_meta( $user->ID, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) ); } return true;`);
}

/** Saves a post as `user`, the way the editor would, with that user's kses filters. */
export function savePost(site, user, title, content, status = 'publish') {
  return runPhp(
    site,
    `kses_init();
    $id = wp_insert_post( wp_slash( array( 'post_title' => ${JSON.stringify(title)}, 'post_content' => ${phpLiteral(content)}, 'post_status' => '${status}', 'post_author' => get_current_user_id() ) ), true );
    if ( is_wp_error( $id ) ) { return array( 'error' => $id->get_error_message() ); }
    return array( 'id' => $id, 'url' => get_permalink( $id ), 'stored' => get_post( $id )->post_content, 'unfiltered' => current_user_can( 'unfiltered_html' ) );`,
    { user },
  );
}

/** A post's content as the page shows it, rendered as `user` (null for a visitor). */
export function renderPost(site, id, user) {
  return runPhp(site, `return apply_filters( 'the_content', get_post( ${Number(id)} )->post_content );`, user ? { user } : {});
}

const phpLiteral = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Deactivates and activates the plugin as the administrator; returns any error. */
export function cyclePlugin(site) {
  return runPhp(
    site,
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
    deactivate_plugins( '${PLUGIN}' );
    $off = ! is_plugin_active( '${PLUGIN}' );
    $result = activate_plugin( '${PLUGIN}' );
    return array( 'off' => $off, 'on' => is_plugin_active( '${PLUGIN}' ), 'error' => is_wp_error( $result ) ? $result->get_error_message() : null );`,
    { user: 'admin' },
  );
}

export function uninstallPlugin(site) {
  return runPhp(
    site,
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
    require_once ABSPATH . 'wp-admin/includes/file.php';
    deactivate_plugins( '${PLUGIN}' );
    $deleted = delete_plugins( array( '${PLUGIN}' ) );
    $uploads = wp_upload_dir( null, false );
    return array(
      'deleted' => true === $deleted,
      'error' => is_wp_error( $deleted ) ? $deleted->get_error_message() : null,
      // Straight from the table: the plugin, still loaded here, registered defaults for get_option().
      'options' => $GLOBALS['wpdb']->get_col( "SELECT option_name FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE 'stall\\_elements\\_%'" ),
      'uploads' => file_exists( $uploads['basedir'] . '/stall-elements' ),
      'plugin' => file_exists( WP_PLUGIN_DIR . '/stall-elements' ),
    );`,
    { user: 'admin' },
  );
}

export const storedPractice = (site) => runPhp(site, `return get_option( 'stall_elements_practice' );`);
