/** html-validate: the recommended rules, with two deliberate exceptions. */
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// The search results are a combobox's listbox of rich links (place, excerpt, partner text): no <select> can hold them.
		'prefer-native-element': ['error', { exclude: ['listbox'] }],
		// A scholarly title alone can pass 70 characters; the page title is that title plus the mode.
		'long-title': ['error', { maxlength: 120 }],
	},
};
