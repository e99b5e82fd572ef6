import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class PageQuery {
  /** Opaque cursor from a previous page's `nextCursor`. */
  @IsOptional()
  @IsString()
  // Our cursors are a few dozen characters; anything much longer is not one of them.
  @MaxLength(200)
  cursor?: string;

  /** Items per page (default 50). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
