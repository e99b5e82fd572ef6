import { SetMetadata } from '@nestjs/common';
import type { Role } from './api-token.entity.js';

export const ROLE_KEY = 'factdesk:role';
export const PUBLIC_KEY = 'factdesk:public';

/** The least role a route needs: viewer < editor < admin. */
export const RequireRole = (role: Role) => SetMetadata(ROLE_KEY, role);
/** No token needed (health, problem types). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
