import { IsString, Length } from 'class-validator';
import { NotBlank } from '../common/not-blank.js';

const MAX_COMMENT_LENGTH = 4000;

export class CreateCommentDto {
  /** Plain text for the other editors. Internal: never published, never sent to webhooks. */
  @IsString()
  @Length(1, MAX_COMMENT_LENGTH)
  @NotBlank()
  body: string;
}

export class CommentDto {
  id: string;
  claimId: string;
  /** As written, without leading or trailing blank space. */
  body: string;
  /** The name of the token that wrote it. */
  author: string;
  createdAt: string;
}

export class CommentPage {
  /** Oldest first, the order of the discussion. */
  items: CommentDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}
