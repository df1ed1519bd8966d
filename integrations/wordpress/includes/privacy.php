<?php
/**
 * Suggested text for the site's privacy policy (Settings → Privacy → the policy guide).
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function privacy_policy_text(): string {
	$paragraphs = array(
		__( 'Some pages of this site have a self-check, a decision helper or articles about therapy (the Stall elements plugin).', 'stall-elements' ),
		__( 'Your answers stay in your browser. They are not sent to this site or to anyone else, and the plugin sets no cookies.', 'stall-elements' ),
		__( 'Nothing is kept on your device unless you turn on "Remember my answers on this device". You can then remove them at any time with "Forget my answers".', 'stall-elements' ),
		__( 'The plugin loads its files from this site only, not from other websites.', 'stall-elements' ),
	);
	$html = '';
	foreach ( $paragraphs as $paragraph ) {
		$html .= '<p>' . esc_html( $paragraph ) . '</p>';
	}
	return $html;
}

add_action(
	'admin_init',
	function () {
		if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
			wp_add_privacy_policy_content( __( 'Stall elements', 'stall-elements' ), wp_kses_post( privacy_policy_text() ) );
		}
	}
);
