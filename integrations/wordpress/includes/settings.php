<?php
/**
 * The practice's settings: what is stored, how each field is checked on save, and what the
 * components are told. The checks match <stall-practice>'s own, so a value the element would drop
 * is refused here with a message instead.
 *
 * @package StallElements
 */

namespace StallElements;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const PRACTICE_OPTION = 'stall_elements_practice';
const FOOTER_OPTION   = 'stall_elements_footer_everywhere';
const BUNDLE_OPTION   = 'stall_elements_practice_bundle';

/** The country value that means "not one of the bundled countries". */
const OTHER_COUNTRY = 'other';

/**
 * A user-assigned ISO 3166 code: no country has it, so the components show the general advice to
 * call the local emergency number, never another country's lines.
 */
const NO_BUNDLED_COUNTRY = 'ZZ';

/**
 * The stored practice settings, every key present.
 *
 * @return array<string, string>
 */
function practice_settings(): array {
	$stored   = get_option( PRACTICE_OPTION, array() );
	$settings = practice_defaults();
	foreach ( $settings as $field => $default ) {
		// Only known fields, only text: an option edited by hand or by another plugin cannot break the page.
		$settings[ $field ] = is_array( $stored ) && is_scalar( $stored[ $field ] ?? null ) ? (string) $stored[ $field ] : $default;
	}
	return $settings;
}

/** @return array<string, string> */
function practice_defaults(): array {
	return array(
		'name'        => '',
		'phone'       => '',
		'email'       => '',
		'booking_url' => '',
		'address'     => '',
		'hours'       => '',
		'country'     => '',
		'language'    => '',
	);
}

function footer_everywhere(): bool {
	return '1' === (string) get_option( FOOTER_OPTION, '0' );
}

/** The country the components show crisis lines for: a bundled one, or none (general advice). */
function practice_country(): string {
	$country = practice_settings()['country'];
	return isset( bundled_countries()[ $country ] ) ? $country : NO_BUNDLED_COUNTRY;
}

/** The components' language tag: the chosen one, else the site's locale (`es_MX` → `es-MX`). */
function practice_language(): string {
	$language = practice_settings()['language'];
	return '' !== $language ? $language : str_replace( '_', '-', get_locale() );
}

/** Languages the components speak, code => name in that language. */
function component_languages(): array {
	return array(
		'en' => 'English',
		'es' => 'Español',
	);
}

/** Free text kept as written (a name with `<` is a name, shown as text), without control characters. */
function clean_text( mixed $value, int $max ): string {
	$text = wp_check_invalid_utf8( is_scalar( $value ) ? (string) $value : '' );
	$text = trim( (string) preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', $text ) );
	return mb_substr( $text, 0, $max );
}

/**
 * Checks the submitted settings. A field that fails keeps its saved value, with a message naming it.
 *
 * @param mixed $input What the form sent.
 * @return array<string, string>
 */
function sanitize_practice_settings( mixed $input ): array {
	// options.php has already unslashed the input.
	$input    = is_array( $input ) ? $input : array();
	$previous = practice_settings();
	$clean    = array(
		'name'    => clean_text( $input['name'] ?? '', 200 ),
		'address' => clean_text( $input['address'] ?? '', 300 ),
		'hours'   => clean_text( $input['hours'] ?? '', 200 ),
	);

	$phone          = clean_text( $input['phone'] ?? '', 40 );
	$clean['phone'] = checked_field( 'phone', $phone, '' === $phone || preg_match( '/^\+?\(?[0-9][0-9 ().-]*$/', $phone ), $previous, __( 'The phone number can have only digits, spaces, dashes and brackets. The saved number is kept.', 'stall-elements' ) );

	$email          = clean_text( $input['email'] ?? '', 254 );
	$clean['email'] = checked_field( 'email', $email, '' === $email || is_email( $email ), $previous, __( 'That is not an email address. The saved address is kept.', 'stall-elements' ) );

	$booking              = clean_text( $input['booking_url'] ?? '', 500 );
	$clean['booking_url'] = checked_field( 'booking_url', $booking, '' === $booking || is_https_url( $booking ), $previous, __( 'The booking link must be a web address that starts with https://. The saved link is kept.', 'stall-elements' ) );

	$country          = (string) ( $input['country'] ?? '' );
	$clean['country'] = ( OTHER_COUNTRY === $country || isset( bundled_countries()[ $country ] ) ) ? $country : $previous['country'];

	$language          = (string) ( $input['language'] ?? '' );
	$clean['language'] = ( '' === $language || isset( component_languages()[ $language ] ) ) ? $language : $previous['language'];

	return $clean;
}

/** The new value when it passed, else the saved one and a settings error (once, though WordPress may sanitise twice). */
function checked_field( string $field, string $value, mixed $passed, array $previous, string $message ): string {
	static $reported = array();
	if ( $passed ) {
		return $value;
	}
	if ( ! isset( $reported[ $field ] ) ) {
		$reported[ $field ] = true;
		add_settings_error( PRACTICE_OPTION, 'stall-elements-' . $field, $message );
	}
	return $previous[ $field ];
}

function is_https_url( string $url ): bool {
	$parts = wp_parse_url( $url );
	return is_array( $parts ) && 'https' === strtolower( $parts['scheme'] ?? '' ) && ! empty( $parts['host'] ) && ! preg_match( '/[\s<>"\'`\\\\]/', $url );
}

function sanitize_footer_everywhere( mixed $value ): string {
	return '1' === (string) $value ? '1' : '0';
}

add_action(
	'init',
	function () {
		register_setting(
			'stall_elements_practice',
			PRACTICE_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => __NAMESPACE__ . '\sanitize_practice_settings',
				'default'           => practice_defaults(),
				'show_in_rest'      => false,
			)
		);
		register_setting(
			'stall_elements_footer',
			FOOTER_OPTION,
			array(
				'type'              => 'string',
				'sanitize_callback' => __NAMESPACE__ . '\sanitize_footer_everywhere',
				'default'           => '0',
				'show_in_rest'      => false,
			)
		);
	}
);
