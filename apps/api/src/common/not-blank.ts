import { Matches } from 'class-validator';

/** Something to read: a character other than white space and invisible format marks (zero-width spaces, direction marks). */
const VISIBLE = /[^\s\p{Cf}]/u;

/** A text field must hold something visible: "   " or a run of zero-width spaces is no title, claim or comment. */
export const NotBlank = () => Matches(VISIBLE, { message: ({ property }) => `${property} must not be blank` });
