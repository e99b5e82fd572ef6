import { ValidateBy } from 'class-validator';
import { hasVisibleText } from './visible-text.js';

/** A text field must hold something visible: "   " or a run of zero-width spaces is no title, claim or comment. */
export const NotBlank = () => ValidateBy({ name: 'notBlank', validator: { validate: hasVisibleText, defaultMessage: (args) => `${args?.property} must not be blank` } });
