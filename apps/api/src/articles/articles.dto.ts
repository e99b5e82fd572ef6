import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateIf, IsDateString, IsIn, IsInt, IsObject, IsOptional, IsString, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { HttpUrl } from '../common/http-url.js';
import { NotBlank } from '../common/not-blank.js';
import { PageQuery } from '../common/page-query.dto.js';
import { ProblemDto } from '../common/problem.dto.js';

export class CreateArticleDto {
  /**
   * The article as received: plain text or HTML. Kept exactly; the cleaned text is derived from it.
   * Omit it and give `url` to have Factdesk fetch the page (HTML or plain text, at most 5 MB, 10 s, 5 redirects).
   */
  @ApiProperty({ example: 'Europol said on Thursday that the two-day operation targeted Amaq.', required: false })
  // `!= null`: @IsOptional lets an explicit null url through, and a null url is no url.
  @ValidateIf((o: CreateArticleDto) => o.content !== undefined || o.url == null)
  @IsString()
  @Length(1, 1_000_000)
  content?: string;

  /** `auto` (the default) treats content that looks like markup as HTML; `page` is a whole web page whose main content is found first (Readability). */
  @IsOptional()
  @IsIn(['auto', 'text', 'html', 'page'])
  format?: 'auto' | 'text' | 'html' | 'page';

  @IsOptional()
  @IsString()
  @MaxLength(500)
  @NotBlank()
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NotBlank()
  outlet?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NotBlank()
  author?: string;

  /** Publication date (YYYY-MM-DD). */
  @IsOptional()
  @IsDateString({ strict: true })
  @Length(10, 10, { message: 'publishedOn must be a date as YYYY-MM-DD' })
  publishedOn?: string;

  /** Canonical URL. Posting different content for a known URL adds a revision to that article. */
  @ApiProperty({ format: 'uri', required: false })
  @IsOptional()
  @HttpUrl('url must be an absolute http or https URL')
  @MaxLength(2000)
  url?: string;
}

export class UpdateArticleDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @NotBlank()
  title?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NotBlank()
  outlet?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NotBlank()
  author?: string | null;

  /** Publication date (YYYY-MM-DD); it tells the evidence rules which event an undated passage reports. */
  @IsOptional()
  @IsDateString({ strict: true })
  @Length(10, 10, { message: 'publishedOn must be a date as YYYY-MM-DD' })
  publishedOn?: string | null;
}

export class SourceRangeDto {
  @IsInt()
  @Min(0)
  start: number;

  @IsInt()
  @Min(0)
  end: number;
}

export class CreateRevisionDto {
  /** New content; omit to re-clean the current revision's original (for example to restore removals). */
  @IsOptional()
  @IsString()
  @Length(1, 1_000_000)
  content?: string;

  @IsOptional()
  @IsIn(['auto', 'text', 'html', 'page'])
  format?: 'auto' | 'text' | 'html' | 'page';

  /** Cleaning edits to undo, by their `start`/`end` in the source text (see a revision's `edits`). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  // IsObject: ValidateNested alone lets an array through as an element ([[]] passes).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SourceRangeDto)
  restore?: SourceRangeDto[];
}

export class ArticleListQuery extends PageQuery {
  /**
   * Text to look for: part of the title or the outlet, or words of the article's text (every word,
   * in any form: "teachers" finds "teacher"; stop words alone match nothing in the text).
   */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /**
   * Articles by the claims of their current revision: `open` has an open claim, `checked` has claims
   * and none open, `disputed` has a disputed claim.
   */
  @IsOptional()
  @IsIn(['open', 'checked', 'disputed'])
  progress?: 'open' | 'checked' | 'disputed';
}

export class ClaimProgressDto {
  total: number;
  open: number;
  verified: number;
  disputed: number;
  unsupported: number;
}

export class RevisionSummaryDto {
  id: string;
  number: number;
  @ApiProperty({ enum: ['text', 'html', 'page'] })
  format: 'text' | 'html' | 'page';
  /** SHA-256 of the original content (and any restored edits). */
  contentHash: string;
  createdAt: string;
  createdBy: string;
}

export class ArticleSummaryDto {
  id: string;
  /**
   * How Factdesk names the article wherever a person reads it (evidence rationales, the public review
   * page): its title; else its outlet and date; else its opening words in quotes.
   */
  @ApiProperty({ example: 'FRANCE 24, 27 Apr 2018' })
  name: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  publishedOn: string | null;
  url: string | null;
  revision: RevisionSummaryDto;
  revisionCount: number;
  progress: ClaimProgressDto;
  createdAt: string;
  updatedAt: string;
}

export class TextEditDto {
  /** Start in `sourceText` (UTF-16 code units). */
  start: number;
  /** End in `sourceText`, exclusive. */
  end: number;
  /** The text taken out. */
  removed: string;
  /** The text put in its place (a space when glued sentences are split). */
  inserted: string;
  /** Why: advertisement, navigation, video-embed, related-link, error-page, separator, sentence-split, whitespace, … */
  reason: string;
  /** Offset in the cleaned `text` where the edit applies. */
  at: number;
}

export class TextSegmentDto {
  start: number;
  end: number;
  /** headline, caption, byline, teaser or off-topic: kept in the text but never extracted as claims. */
  kind: string;
}

export class ArticleDto extends ArticleSummaryDto {
  /** The cleaned text; claim and citation offsets are UTF-16 code units into it. */
  text: string;
  /** Plain text before cleaning (for HTML, the extracted text). */
  sourceText: string;
  /** The content exactly as received. */
  original: string;
  edits: TextEditDto[];
  segments: TextSegmentDto[];
  /** Source ranges of edits an editor undid for this revision. */
  restored: SourceRangeDto[];
}

export class ArticlePage {
  items: ArticleSummaryDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

const BATCH_MAX_ITEMS = 500;

export class BatchArticlesDto {
  /** Up to 500 articles, each as the body of `POST /articles`; each is validated and written on its own. */
  @ApiProperty({ type: [CreateArticleDto], minItems: 1, maxItems: BATCH_MAX_ITEMS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BATCH_MAX_ITEMS)
  @IsObject({ each: true })
  items: object[];
}

export class BatchItemResultDto {
  /** Position of the item in the request (0-based). */
  index: number;
  /** The status this item would have had on its own: 201 created, 200 unchanged, 4xx refused (see `problem`). */
  status: number;
  /** The article, when status is 201 or 200. */
  id?: string;
  revisionId?: string;
  revisionNumber?: number;
  contentHash?: string;
  url?: string | null;
  /** Claims extracted from the new revision (201 only). */
  claims?: number;
  /** What was wrong with this item, when status is not 201 or 200. */
  problem?: ProblemDto;
}

export class BatchResultDto {
  /** One result per item, in request order. */
  results: BatchItemResultDto[];
  created: number;
  unchanged: number;
  failed: number;
}
