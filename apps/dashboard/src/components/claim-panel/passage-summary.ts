import type { EvidencePassage } from '@factdesk/sdk';
/** "10 passages, most relevant first: 2 support, 1 contradicts, 7 say neither." */
export function summarise(passages: ReadonlyArray<Pick<EvidencePassage, 'stance'>>): string {
  const count = (stance: string) => passages.filter((p) => p.stance === stance).length;
  const support = count('supports');
  const contradict = count('contradicts');
  const neither = passages.length - support - contradict;
  const parts = [`${support} ${support === 1 ? 'supports' : 'support'}`, `${contradict} ${contradict === 1 ? 'contradicts' : 'contradict'}`, `${neither} ${neither === 1 ? 'says' : 'say'} neither`];
  return `${passages.length} ${passages.length === 1 ? 'passage' : 'passages'}, most relevant first: ${parts.join(', ')}.`;
}
