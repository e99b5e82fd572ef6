/** The API lists up to ten passages: 1–9 cite the first nine, 0 the tenth (as on a keyboard's number row). */
export const PASSAGE_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];
