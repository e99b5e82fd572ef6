import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { AuthGuard } from './auth.guard.js';
import { RateLimitsModule, WRITE_THROTTLER_GUARD } from './rate-limits.js';
import { TokensController } from './tokens.controller.js';
import { TokensService } from './tokens.service.js';

@Module({
  imports: [AuditModule, RateLimitsModule],
  controllers: [TokensController],
  // Guards run in this order: who is calling, then how often they may write.
  providers: [TokensService, { provide: APP_GUARD, useClass: AuthGuard }, WRITE_THROTTLER_GUARD],
  exports: [TokensService],
})
export class AuthModule {}
