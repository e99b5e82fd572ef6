import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { IdParam } from '../common/id-param.js';
import { PageQuery } from '../common/page-query.dto.js';
import { CurrentActor, type Actor } from '../common/request-context.js';
import { CommentDto, CommentPage, CreateCommentDto } from './comments.dto.js';
import { CommentsService } from './comments.service.js';

@ApiTags('comments')
@ApiBearerAuth()
@Controller('claims/:id/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  /** Add a remark to the claim's discussion: for the desk only, never published; audited and streamed live. */
  @Post()
  @RequireRole('editor')
  @ApiBody({ type: CreateCommentDto, examples: { ask: { summary: 'Ask a colleague', value: { body: 'The second source only repeats the first; can we reach the prosecutor’s office?' } } } })
  @ApiProblems(400, 401, 403, 404, 413, 415)
  createComment(@IdParam() id: string, @Body() dto: CreateCommentDto, @CurrentActor() actor: Actor): Promise<CommentDto> {
    return this.comments.create(id, dto, actor);
  }

  /** The claim's discussion, oldest first. */
  @Get()
  @ApiProblems(400, 401, 404)
  listComments(@IdParam() id: string, @Query() query: PageQuery): Promise<CommentPage> {
    return this.comments.list(id, query);
  }

  /** One comment of the claim's discussion (where a new comment's Location points). */
  @Get(':commentId')
  @ApiProblems(400, 401, 404)
  getComment(@IdParam() id: string, @IdParam('commentId') commentId: string): Promise<CommentDto> {
    return this.comments.get(id, commentId);
  }
}
