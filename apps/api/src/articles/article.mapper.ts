import type { ArticleDto, ArticleSummaryDto, ClaimProgressDto } from './articles.dto.js';
import type { Article } from './article.entity.js';
import type { Revision } from './revision.entity.js';

/** An article's claims counted by status: none yet. */
export const emptyProgress = (): ClaimProgressDto => ({ total: 0, open: 0, verified: 0, disputed: 0, unsupported: 0 });

export function toArticleDto(a: Article, r: Revision, name: string, progress?: ClaimProgressDto): ArticleDto {
  return { ...toSummary(a, r, name, progress), text: r.text, sourceText: r.sourceText, original: r.original, edits: r.edits, segments: r.segments, restored: r.restored };
}

/** `name` is evidence's SOURCE_NAME for the article (sourceNames), so the desk names it as rationales do. */
export function toSummary(a: Article, r: Revision, name: string, progress = emptyProgress()): ArticleSummaryDto {
  return {
    id: a.id,
    name,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    publishedOn: a.publishedOn,
    url: a.url,
    revision: { id: r.id, number: r.number, format: r.format, contentHash: r.contentHash, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy },
    revisionCount: a.revisionCount,
    progress,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
