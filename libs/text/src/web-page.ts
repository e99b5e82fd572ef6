import { createRequire } from 'node:module';
import { storableText } from './storable.js';

// Loaded on first use, like the NLP models: importing #text for plain-text cleaning costs nothing.
const require = createRequire(import.meta.url);

interface ParsedDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { textContent: string | null } | null;
}
type ParseHtml = (html: string) => { document: ParsedDocument };
type ReadabilityClass = new (doc: ParsedDocument, options?: { charThreshold?: number }) => { parse(): { content?: string | null } | null };

const parseHtml = (html: string) => (require('linkedom') as { parseHTML: ParseHtml }).parseHTML(html).document;

/** What a news page says about itself, for the article's metadata. */
export interface PageMetadata {
  title?: string;
  author?: string;
  /** The publication: JSON-LD `publisher.name`, else `og:site_name`. */
  outlet?: string;
  /** YYYY-MM-DD */
  publishedOn?: string;
}

/**
 * The page's main content as HTML (Mozilla Readability on linkedom), or the whole page when
 * Readability finds no article in it. Headings, captions and paragraphs stay as markup for the
 * HTML cleaning rules that follow.
 */
export function mainContentHtml(html: string): string {
  const { Readability } = require('@mozilla/readability') as { Readability: ReadabilityClass };
  try {
    const article = new Readability(parseHtml(html), { charThreshold: 100 }).parse();
    return article?.content?.trim() ? article.content : html;
  } catch {
    // Not a document Readability can walk (a fragment, plain text sent as `page`): clean it as HTML.
    return html;
  }
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle)$/;

/** Title, author, outlet and date from JSON-LD NewsArticle, then og:* / article:* / name=author meta tags, then <title>, then the first <h1>. */
export function pageMetadata(html: string): PageMetadata {
  const doc = parseHtml(html);
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      for (const el of Array.from(doc.querySelectorAll('meta'))) {
        if ((el.getAttribute('property') ?? el.getAttribute('name'))?.toLowerCase() === key) {
          const value = el.getAttribute('content')?.trim();
          if (value) return value;
        }
      }
    }
    return undefined;
  };
  const ld = jsonLdArticle(doc);
  // A fragment has no <head>: its first top-level heading is what an editor would call its title.
  const text = (selector: string) => doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const title = storableText(ld.headline) ?? storableText(meta('og:title', 'twitter:title')) ?? storableText(text('title')) ?? storableText(text('h1'));
  const author = storableText(ld.author) ?? storableText(meta('author', 'article:author', 'og:article:author'));
  // The first name that can name an outlet: a publisher given as a URL or as invisible marks only gives way to the next, then og:site_name.
  const outlet = [...ld.publishers, meta('og:site_name')].map(storableText).find((o) => o !== undefined && !isBareUrl(o));
  const date = toDate(ld.datePublished ?? meta('article:published_time', 'og:article:published_time', 'date', 'dc.date'));
  // Cut to the fields' limits; cleaned again, so a cut through an emoji's surrogate pair leaves no half.
  const shortTitle = storableText(title?.slice(0, 500));
  const shortAuthor = author && !isBareUrl(author) ? storableText(author.slice(0, 200)) : undefined;
  const shortOutlet = storableText(outlet?.slice(0, 200));
  return {
    ...(shortTitle ? { title: shortTitle } : {}),
    ...(shortAuthor ? { author: shortAuthor } : {}),
    ...(shortOutlet ? { outlet: shortOutlet } : {}),
    ...(date ? { publishedOn: date } : {}),
  };
}

/** A profile or home-page address given where a name belongs (author, publisher): it names no one. */
const isBareUrl = (value: string) => /^https?:/.test(value);

const nameOf = (a: unknown) => (typeof a === 'string' ? a : typeof (a as { name?: unknown })?.name === 'string' ? (a as { name: string }).name : undefined);

function jsonLdArticle(doc: ParsedDocument): { headline?: string; author?: string; publishers: string[]; datePublished?: string } {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data]).flatMap((n) => (n && typeof n === 'object' && Array.isArray((n as { '@graph'?: unknown[] })['@graph']) ? (n as { '@graph': unknown[] })['@graph'] : [n]));
    for (const node of nodes as Array<Record<string, unknown>>) {
      const types = ([] as unknown[]).concat(node?.['@type'] ?? []);
      if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
      const authors = ([] as unknown[]).concat(node.author ?? []);
      const names = authors.map(nameOf).filter(Boolean);
      // In order: the outlet is the first publisher named (a syndicated story may list the agency after the paper).
      const publishers = ([] as unknown[]).concat(node.publisher ?? []).map(nameOf).filter((n): n is string => n !== undefined);
      return {
        headline: typeof node.headline === 'string' ? node.headline.trim() : undefined,
        author: names.length > 0 ? names.join(', ') : undefined,
        publishers,
        datePublished: typeof node.datePublished === 'string' ? node.datePublished : undefined,
      };
    }
  }
  return { publishers: [] };
}

/** YYYY-MM-DD when the value starts with a real calendar date (not 2023-02-30, not year 0), else undefined. */
function toDate(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return undefined;
  const day = match.slice(1, 4).join('-');
  const date = new Date(`${day}T00:00:00Z`);
  return Number(match[1]) >= 1 && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : undefined;
}
