import { SetMetadata } from '@nestjs/common';
import type { Role } from './api-token.entity.js';

export const ROLE_KEY = 'factdesk:role';
export const PUBLIC_KEY = 'factdesk:public';
export const QUERY_TOKEN_KEY = 'factdesk:query-token';

/** The least role a route needs: viewer < editor < admin. */
export const RequireRole = (role: Role) => SetMetadata(ROLE_KEY, role);
/** No token needed (health, problem types). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Also accept the token as `?access_token=` (only for EventSource, which cannot send headers). */
export const AcceptQueryToken = () => SetMetadata(QUERY_TOKEN_KEY, true);
