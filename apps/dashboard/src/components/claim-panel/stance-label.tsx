import { STANCE } from '../../labels.js';

/** A passage's or a citation's stance towards the claim, as an icon and a word. */
export function StanceLabel({ stance }: { stance: string }) {
  const s = STANCE[stance] ?? { icon: '•', label: stance };
  return (
    <span className={`stance stance-${stance}`}>
      <span aria-hidden="true">{s.icon}</span> {s.label}
    </span>
  );
}
