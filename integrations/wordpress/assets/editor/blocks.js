/**
 * The editor side of the four Stall elements blocks, in plain JavaScript on WordPress's `wp.*`
 * globals (no build step). Each block is dynamic: the post keeps only its settings, PHP prints the
 * component, and the editor shows that same output as the preview (with the bundle loaded, the
 * real components render). Settings live in the block sidebar.
 */
( function ( wp, data ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: el, Fragment } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, Disabled } = wp.components;
	const { __ } = wp.i18n;
	const ServerSideRender = wp.serverSideRender;

	const countryOptions = [ { value: '', label: __( "The practice's country (from Settings)", 'stall-elements' ) } ].concat(
		Object.keys( data.countries ).map( ( code ) => ( { value: code, label: data.countries[ code ] } ) )
	);
	const articleOptions = Object.keys( data.articles ).map( ( id ) => ( { value: id, label: data.articles[ id ] } ) );

	function countryControl( props ) {
		return el( SelectControl, {
			label: __( 'Crisis lines for', 'stall-elements' ),
			help: __( 'Leave this on the practice\'s country unless this page is for visitors in another country.', 'stall-elements' ),
			value: props.attributes.country,
			options: countryOptions,
			onChange: ( country ) => props.setAttributes( { country } ),
		} );
	}

	function articleHrefControl( props ) {
		return el( TextControl, {
			label: __( '"Read more" links', 'stall-elements' ),
			help: __( 'Where a "Read more" link goes, such as /articles/{article}/#{section}. Leave empty to link within this page.', 'stall-elements' ),
			value: props.attributes.articleHref,
			onChange: ( articleHref ) => props.setAttributes( { articleHref } ),
		} );
	}

	function articleControl( props ) {
		return el( SelectControl, {
			label: __( 'Article', 'stall-elements' ),
			value: props.attributes.article,
			options: articleOptions,
			onChange: ( article ) => props.setAttributes( { article } ),
		} );
	}

	/** The sidebar controls of each block, and the preview. */
	const controlsByBlock = {
		'stall-elements/checklist': [ countryControl, articleHrefControl ],
		'stall-elements/decision': [ countryControl, articleHrefControl ],
		'stall-elements/article': [ articleControl, articleHrefControl ],
		'stall-elements/crisis-footer': [ countryControl ],
	};

	Object.keys( controlsByBlock ).forEach( ( name ) => {
		registerBlockType( name, {
			edit( props ) {
				const blockProps = useBlockProps();
				return el(
					Fragment,
					null,
					el(
						InspectorControls,
						null,
						el( PanelBody, { title: __( 'Settings', 'stall-elements' ), initialOpen: true }, controlsByBlock[ name ].map( ( control ) => el( Fragment, { key: control.name }, control( props ) ) ) )
					),
					el( 'div', blockProps, el( Disabled, null, el( ServerSideRender, { block: name, attributes: props.attributes } ) ) )
				);
			},
			save: () => null,
		} );
	} );
} )( window.wp, window.stallElementsEditor || { countries: {}, articles: {} } );
