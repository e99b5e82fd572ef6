/** To three decimals, the precision scores and confidences are stored and shown at. */
export const round3 = (n: number) => Math.round(n * 1000) / 1000;
