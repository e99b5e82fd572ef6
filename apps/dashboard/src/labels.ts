/** Colour is never the only cue: every status has an icon and a word. */
const STATUS: Record<string, { icon: string; label: string }> = {
  open: { icon: '○', label: 'Open' },
  verified: { icon: '✓', label: 'Verified' },
  disputed: { icon: '✗', label: 'Disputed' },
  unsupported: { icon: '?', label: 'Unsupported' },
};

export const STANCE: Record<string, { icon: string; label: string }> = {
  supports: { icon: '✓', label: 'Supports' },
  contradicts: { icon: '✗', label: 'Contradicts' },
  neutral: { icon: '–', label: 'Neutral' },
};

export const ACTIONS: Record<string, string> = {
  'claim.created': 'Claim created',
  'verdict.decided': 'Decided',
  'verdict.corrected': 'Corrected',
  'comment.created': 'Commented',
  'claim.assigned': 'Assigned',
  'verdict.reviewed': 'Reviewed',
  'claim.published': 'Published',
  'correction.published': 'Correction published',
};

/** A verdict's review, in words. */
export const REVIEW: Record<string, { icon: string; label: string }> = {
  awaiting: { icon: '◷', label: 'Awaiting review' },
  approved: { icon: '✓', label: 'Approved' },
  rejected: { icon: '↩', label: 'Sent back' },
};

export const statusOf = (status: string) => STATUS[status] ?? { icon: '•', label: status };

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export const percent = (n: number) => `${Math.round(n * 100)}%`;

/** How the desk names an article: its title, or for an untitled one what is known of it (never an id). */
export function articleName(a: { title?: string | null; outlet?: string | null; publishedOn?: string | null }): string {
  if (a.title?.trim()) return a.title;
  const of = [a.outlet, a.publishedOn].filter(Boolean).join(', ');
  return of ? `Untitled article (${of})` : 'Untitled article';
}

/** At most `n` characters of `s`, with an ellipsis when cut. */
export const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
