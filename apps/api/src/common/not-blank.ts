import { Matches } from 'class-validator';
import { VISIBLE } from './visible-text.js';

/** A text field must hold something visible: "   " or a run of zero-width spaces is no title, claim or comment. */
export const NotBlank = () => Matches(VISIBLE, { message: ({ property }) => `${property} must not be blank` });
