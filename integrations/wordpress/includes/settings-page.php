<?php
/**
 * Settings → Stall elements: the practice's details, the site-wide crisis footer, and the
 * practice's own bundle. Saved through the Settings API (options.php checks the nonce and
 * `manage_options`); every value is escaped where it is printed.
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const PAGE_SLUG = 'stall-elements';

add_action(
	'admin_menu',
	function () {
		add_options_page( __( 'Stall elements', 'stall-elements' ), __( 'Stall elements', 'stall-elements' ), 'manage_options', PAGE_SLUG, __NAMESPACE__ . '\render_settings_page' );
	}
);

add_filter(
	'plugin_action_links_' . plugin_basename( PLUGIN_FILE ),
	function ( array $links ) {
		array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=' . PAGE_SLUG ) ), esc_html__( 'Settings', 'stall-elements' ) ) );
		return $links;
	}
);

/** Until a country is chosen, visitors get general advice instead of crisis lines: say so. */
add_action(
	'admin_notices',
	function () {
		$screen = get_current_screen();
		if ( ! current_user_can( 'manage_options' ) || ! $screen || ! in_array( $screen->id, array( 'plugins', 'settings_page_' . PAGE_SLUG ), true ) || '' !== practice_settings()['country'] ) {
			return;
		}
		printf( '<div class="notice notice-warning"><p>%s</p></div>', esc_html__( 'Stall elements: choose your country, so visitors see the right crisis lines. Until then they see advice to call their local emergency number.', 'stall-elements' ) );
	}
);

function render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = practice_settings();
	echo '<div class="wrap"><h1>' . esc_html__( 'Stall elements', 'stall-elements' ) . '</h1>';
	echo '<p>' . esc_html__( 'Your practice\'s details appear in the crisis footer, marked "not for emergencies". The country picks which crisis lines visitors see.', 'stall-elements' ) . '</p>';
	echo '<form method="post" action="' . esc_url( admin_url( 'options.php' ) ) . '">';
	settings_fields( 'stall_elements_practice' );
	echo '<table class="form-table" role="presentation">';
	text_row( 'name', __( 'Practice name', 'stall-elements' ), $settings['name'], 'text' );
	text_row( 'phone', __( 'Phone for appointments', 'stall-elements' ), $settings['phone'], 'tel', __( 'Not a crisis line. Digits, spaces, dashes and brackets.', 'stall-elements' ) );
	text_row( 'email', __( 'Email', 'stall-elements' ), $settings['email'], 'email' );
	text_row( 'booking_url', __( 'Online booking page', 'stall-elements' ), $settings['booking_url'], 'url', __( 'An address that starts with https://', 'stall-elements' ) );
	text_row( 'address', __( 'Address', 'stall-elements' ), $settings['address'], 'text' );
	text_row( 'hours', __( 'Opening hours', 'stall-elements' ), $settings['hours'], 'text' );
	$countries = array( '' => __( 'Choose a country', 'stall-elements' ) ) + bundled_countries() + array( OTHER_COUNTRY => __( 'Another country (general advice to call the local emergency number)', 'stall-elements' ) );
	select_row( 'country', __( 'Country', 'stall-elements' ), $settings['country'], $countries, __( 'Visitors see this country\'s crisis lines, never another country\'s.', 'stall-elements' ) );
	/* translators: %s: the site's language code, such as en_US. */
	$languages = array( '' => sprintf( __( 'The site\'s language (%s)', 'stall-elements' ), get_locale() ) ) + component_languages();
	select_row( 'language', __( 'Language', 'stall-elements' ), $settings['language'], $languages, __( 'The components speak English and Spanish. Other languages show English.', 'stall-elements' ) );
	echo '</table>';
	submit_button( __( 'Save details', 'stall-elements' ) );
	echo '</form>';
	render_footer_section();
	render_bundle_section();
	render_usage_section();
	echo '</div>';
}

function text_row( string $field, string $label, string $value, string $type, string $hint = '' ): void {
	$id = 'stall-elements-' . str_replace( '_', '-', $field );
	printf(
		'<tr><th scope="row"><label for="%1$s">%2$s</label></th><td><input type="%3$s" id="%1$s" name="%4$s[%5$s]" value="%6$s" class="regular-text"%7$s>%8$s</td></tr>',
		esc_attr( $id ),
		esc_html( $label ),
		esc_attr( $type ),
		esc_attr( PRACTICE_OPTION ),
		esc_attr( $field ),
		esc_attr( $value ),
		$hint ? ' aria-describedby="' . esc_attr( $id . '-hint' ) . '"' : '',
		$hint ? '<p class="description" id="' . esc_attr( $id . '-hint' ) . '">' . esc_html( $hint ) . '</p>' : ''
	);
}

function select_row( string $field, string $label, string $value, array $options, string $hint ): void {
	$id = 'stall-elements-' . $field;
	printf( '<tr><th scope="row"><label for="%1$s">%2$s</label></th><td><select id="%1$s" name="%3$s[%4$s]" aria-describedby="%1$s-hint">', esc_attr( $id ), esc_html( $label ), esc_attr( PRACTICE_OPTION ), esc_attr( $field ) );
	foreach ( $options as $option => $text ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( (string) $option ), selected( $value, (string) $option, false ), esc_html( $text ) );
	}
	printf( '</select><p class="description" id="%s-hint">%s</p></td></tr>', esc_attr( $id ), esc_html( $hint ) );
}

/** One click turns the site-wide footer on or off. */
function render_footer_section(): void {
	$on = footer_everywhere();
	echo '<h2>' . esc_html__( 'Crisis footer on every page', 'stall-elements' ) . '</h2>';
	echo '<p>' . esc_html(
		$on
			? __( 'On: every page of the site ends with the crisis footer.', 'stall-elements' )
			: __( 'Off: the crisis footer appears on pages with a Stall elements block or shortcode.', 'stall-elements' )
	) . '</p>';
	echo '<form method="post" action="' . esc_url( admin_url( 'options.php' ) ) . '">';
	settings_fields( 'stall_elements_footer' );
	printf( '<input type="hidden" name="%s" value="%s">', esc_attr( FOOTER_OPTION ), $on ? '0' : '1' );
	submit_button( $on ? __( 'Turn off the footer on every page', 'stall-elements' ) : __( 'Add the footer to every page', 'stall-elements' ), 'secondary', 'stall-elements-footer-submit', false );
	echo '</form>';
}

function render_bundle_section(): void {
	echo '<h2>' . esc_html__( 'Your own content', 'stall-elements' ) . '</h2>';
	$installed = installed_practice_bundle();
	echo '<p>' . esc_html(
		$installed
			/* translators: %s: the uploaded zip's file name. */
			? sprintf( __( 'In use: your practice bundle (%s).', 'stall-elements' ), $installed['file'] )
			: __( 'In use: the bundled content. To use your own checklist, decision helper or articles, build a practice bundle with "npx stall-elements build", zip what it writes, and upload the zip here.', 'stall-elements' )
	) . '</p>';
	if ( ! can_manage_practice_bundle() ) {
		echo '<p>' . esc_html__( 'A practice bundle is JavaScript for the whole site, so only a user who may add scripts (the unfiltered_html capability) can upload one.', 'stall-elements' ) . '</p>';
		return;
	}
	echo '<form method="post" enctype="multipart/form-data" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
	wp_nonce_field( UPLOAD_ACTION );
	printf( '<input type="hidden" name="action" value="%s">', esc_attr( UPLOAD_ACTION ) );
	printf( '<p><label for="stall-elements-bundle">%s</label><br><input type="file" id="stall-elements-bundle" name="stall_elements_bundle" accept=".zip,application/zip"></p>', esc_html__( 'Practice bundle (.zip)', 'stall-elements' ) );
	submit_button( __( 'Upload practice bundle', 'stall-elements' ), 'secondary', 'stall-elements-upload-submit', false );
	echo '</form>';
	if ( $installed ) {
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
		wp_nonce_field( REMOVE_ACTION );
		printf( '<input type="hidden" name="action" value="%s">', esc_attr( REMOVE_ACTION ) );
		submit_button( __( 'Remove practice bundle and use the bundled content', 'stall-elements' ), 'delete', 'stall-elements-remove-submit', false );
		echo '</form>';
	}
}

function render_usage_section(): void {
	echo '<h2>' . esc_html__( 'Adding the components', 'stall-elements' ) . '</h2>';
	echo '<p>' . esc_html__( 'In the block editor, add the Stalling self-check, Switch-therapist decision helper, Therapy article or Crisis footer block. Elsewhere, use a shortcode:', 'stall-elements' ) . '</p>';
	echo '<ul><li><code>[stall_checklist]</code></li><li><code>[stall_decision]</code></li><li><code>[stall_article id="what-is-a-stall"]</code></li><li><code>[stall_crisis_footer]</code></li></ul>';
	echo '<p>' . esc_html__( 'The self-check, the decision helper and the crisis footer take country="GB" (a two-letter code) to show another country\'s crisis lines. The self-check, the decision helper and the article take article-href="/articles/{article}/#{section}" for their "Read more" links.', 'stall-elements' ) . '</p>';
}
