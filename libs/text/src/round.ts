/**
 * To three decimals, the precision scores, confidences and similarities are stored and shown at: the
 * one rounding of the app and the libs (it also drops the float4 noise of a score read back from
 * PostgreSQL). Halves round up, as Math.round does.
 */
export const round3 = (n: number) => Math.round(n * 1000) / 1000;
