import { RATINGS, type PublishedVerdict } from './claim-review.js';

/** What the public page of one published review shows. Pure: the publishing service gathers it. */
export interface ReviewPageInput {
  newsroom: string;
  claimText: string;
  verdict: PublishedVerdict;
  note: string;
  firstPublishedAt: Date;
  publishedAt: Date;
  /** Where the claim appeared, when it came from an article. */
  appearedIn: Source | null;
  citations: Array<{ quote: string; stance: 'supports' | 'contradicts' | 'neutral'; source: Source }>;
  /** Oldest first. */
  corrections: Array<{ publishedAt: Date; previousVerdict: PublishedVerdict; verdict: PublishedVerdict; note: string }>;
  /** The ClaimReview JSON-LD, embedded for crawlers. */
  jsonLd: object;
}

interface Source {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** How Factdesk names the article everywhere (evidence retrieval's SOURCE_NAME): title; else outlet and date; else its opening words. */
  name?: string | null;
}

/** Text as HTML that displays exactly that text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * JSON inside <script>: `<` is written as \u003c, so no text in it (a claim quoting "</script>")
 * can end the element early or open a comment; JSON parsers read it back unchanged.
 */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A readable page without any script or outside file: a measure, the system font, quotations set off. */
const STYLE = [
  'body{margin:0;font:1.05rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;background:#fff}',
  'main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem 3rem}',
  'h1{font-size:1.5rem;line-height:1.3;margin:.25rem 0 1rem}',
  'h2{font-size:1.1rem;margin-top:2rem}',
  'blockquote{margin:.25rem 0;padding-left:.75rem;border-left:3px solid #d0d7de}',
  'ol{padding-left:1.25rem}li{margin-bottom:.75rem}',
  'a{color:#0b57d0}',
].join('');

const STANCE = { supports: 'Supports the claim', contradicts: 'Contradicts the claim', neutral: 'Related' } as const;
const date = (d: Date) => `<time datetime="${d.toISOString()}">${d.toISOString().slice(0, 10)}</time>`;

/** A source as a reader can recognise it: title and outlet; else the name Factdesk gives it elsewhere. */
function sourceName(s: Source): string {
  if (s.title) return [s.title, s.outlet].filter(Boolean).join(', ');
  return s.name ?? s.outlet ?? 'an untitled source';
}

function source(s: Source): string {
  const name = escapeHtml(sourceName(s));
  return s.url && /^https?:\/\//.test(s.url) ? `<a href="${escapeHtml(s.url)}">${name}</a>` : name;
}

/** A small server-rendered page a crawler and a reader can both use: no script runs on it. */
export function renderReviewPage(input: ReviewPageInput): string {
  const rating = RATINGS[input.verdict];
  const citations = input.citations.length
    ? `<ol>${input.citations.map((c) => `<li><blockquote>${escapeHtml(c.quote)}</blockquote><p>${STANCE[c.stance]} — ${source(c.source)}</p></li>`).join('')}</ol>`
    : '<p>No citation: no other source decides it either way.</p>';
  const corrections = input.corrections.length
    ? `<ol>${input.corrections
        .map((k) => `<li>${date(k.publishedAt)}: ${RATINGS[k.previousVerdict].alternateName} → ${RATINGS[k.verdict].alternateName}. ${escapeHtml(k.note)}</li>`)
        .join('')}</ol>`
    : '<p>No corrections.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Fact check: ${input.claimText}`)} — ${escapeHtml(input.newsroom)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script type="application/ld+json">${jsonForScript(input.jsonLd)}</script>
</head>
<body>
<main>
<article>
<p>${escapeHtml(input.newsroom)} fact check</p>
<h1>${escapeHtml(input.claimText)}</h1>
${input.appearedIn ? `<p>Claim made in ${source(input.appearedIn)}</p>` : ''}
<p><strong>Rating: ${rating.alternateName}</strong> (${rating.ratingValue} of 5)</p>
${input.note ? `<p>${escapeHtml(input.note)}</p>` : ''}
<p>Published ${date(input.firstPublishedAt)}${input.publishedAt > input.firstPublishedAt ? `, corrected ${date(input.publishedAt)}` : ''}</p>
<section><h2>Sources</h2>${citations}</section>
<section><h2>Corrections</h2>${corrections}</section>
</article>
</main>
</body>
</html>
`;
}

/** What a reader following a review link that leads nowhere sees: the same page furniture, no JSON. */
export function renderMissingReviewPage(newsroom: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Fact check not found — ${escapeHtml(newsroom)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
<p>${escapeHtml(newsroom)} fact check</p>
<h1>No published fact check at this address</h1>
<p>The link may be mistyped or cut short, or the fact check has not been published yet.</p>
</main>
</body>
</html>
`;
}
