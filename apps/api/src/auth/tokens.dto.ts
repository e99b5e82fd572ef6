import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, ValidateBy } from 'class-validator';
import { NotBlank } from '../common/not-blank.js';
import { ROLES, type Role } from './api-token.entity.js';
import { passesForSystemActor } from './person-name.js';

export class CreateTokenDto {
  /** Who or what uses the token; becomes the actor in the audit trail. Leading and trailing spaces are dropped. */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  @NotBlank()
  // The audit trail names Factdesk's own actions system:seed, system:bootstrap: no token may pass for them.
  @ValidateBy({
    name: 'notSystemActor',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || !passesForSystemActor(value),
      defaultMessage: () => 'name must not start with "system:", which names Factdesk’s own actions in the audit trail',
    },
  })
  name: string;

  /** viewer: read; editor: articles, claims, verdicts; admin: everything including tokens. */
  @IsIn(ROLES)
  role: Role;
}

export class TokenDto {
  id: string;
  name: string;
  role: Role;
  /** The first characters of the secret. */
  prefix: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Who a token belongs to, so a client can decide what to offer. */
export class TokenOwnerDto {
  /** The token's id (what claims are assigned to); null for the admin token from the environment. */
  id: string | null;
  name: string;
  role: Role;
}

/** A token a claim can be assigned to: an active editor's or admin's. */
export class AssignableTokenDto {
  id: string;
  name: string;
  role: Role;
}

export class CreatedTokenDto extends TokenDto {
  /** The bearer secret. Shown only in this response: store it now. */
  secret: string;
}
