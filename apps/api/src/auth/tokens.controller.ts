import { Body, Controller, Delete, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { SecretResponse } from '../common/idempotency.js';
import { IdParam } from '../common/id-param.js';
import { CurrentActor, type Actor } from '../common/request-context.js';
import { RequireRole } from './roles.decorator.js';
import { AssignableTokenDto, CreatedTokenDto, CreateTokenDto, TokenDto, TokenOwnerDto } from './tokens.dto.js';
import { TokensService } from './tokens.service.js';

@ApiTags('tokens')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('tokens')
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  /** Create an API token; its secret is shown once, in this response (an idempotent replay omits it). */
  @SecretResponse()
  @ApiBody({ type: CreateTokenDto, examples: { editor: { summary: 'A token for an editor', value: { name: 'Ana (desk)', role: 'editor' } } } })
  @Post()
  @ApiProblems(400, 401, 403, 413)
  createToken(@Body() dto: CreateTokenDto, @CurrentActor() actor: Actor): Promise<CreatedTokenDto> {
    return this.tokens.create(dto, actor);
  }

  /** The calling token's name and role (any role may ask). */
  @Get('me')
  @RequireRole('viewer')
  @ApiProblems(401)
  getCurrentToken(@CurrentActor() actor: Actor): TokenOwnerDto {
    return { id: actor.tokenId, name: actor.name, role: actor.role };
  }

  /** The active editor and admin tokens, by name: whom a claim can be assigned to (editors may ask; no secrets, no prefixes). */
  @Get('assignable')
  @RequireRole('editor')
  @ApiProblems(401, 403)
  listAssignableTokens(): Promise<AssignableTokenDto[]> {
    return this.tokens.assignable();
  }

  /** List API tokens (never their secrets). */
  @Get()
  @ApiProblems(401, 403)
  listTokens(): Promise<TokenDto[]> {
    return this.tokens.list();
  }

  /** Revoke an API token; it stops working at once. */
  @Delete(':id')
  @ApiProblems(400, 401, 403, 404)
  revokeToken(@IdParam() id: string, @CurrentActor() actor: Actor): Promise<TokenDto> {
    return this.tokens.revoke(id, actor);
  }
}
