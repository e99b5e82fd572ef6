import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ArticlesModule } from './articles/articles.module.js';
import { AUDIT_SINKS } from './audit/audit-entry.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ClaimsModule } from './claims/claims.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { RelatedModule } from './related/related.module.js';
import { LocationInterceptor } from './common/http-manners.js';
import { IdempotencyInterceptor } from './common/idempotency.js';
import { AppConfig } from './config/app-config.js';
import { DatabaseModule } from './database/database.module.js';
import { EventsModule } from './events/events.module.js';
import { EvidenceModule } from './evidence/evidence.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { ProblemsModule } from './problems/problems.module.js';
import { PublishingModule } from './publishing/publishing.module.js';
import { SeedsModule } from './seeds/seeds.module.js';
import { StatsModule } from './stats/stats.module.js';
import { VerdictsModule } from './verdicts/verdicts.module.js';
import { WebhookOutbox } from './webhooks/webhook-outbox.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

@Module({})
export class AppModule {
  /** The whole API for one validated configuration (tests build one per suite). */
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      // In this order: Location is set outside the Idempotency-Key replay, so a replayed 201 has it too.
      providers: [
        { provide: APP_INTERCEPTOR, useClass: LocationInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      imports: [
        { module: ConfigHolder, global: true, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] },
        // What must happen in every audited transaction besides the audit event: the webhook outbox queues its deliveries.
        { module: AuditSinks, global: true, imports: [WebhooksModule], providers: [{ provide: AUDIT_SINKS, useFactory: (outbox: WebhookOutbox) => [outbox], inject: [WebhookOutbox] }], exports: [AUDIT_SINKS] },
        DatabaseModule,
        AuthModule,
        AuditModule,
        ArticlesModule,
        ClaimsModule,
        VerdictsModule,
        CommentsModule,
        RelatedModule,
        EvidenceModule,
        PublishingModule,
        ExportsModule,
        EventsModule,
        WebhooksModule,
        HealthModule,
        MetricsModule,
        ProblemsModule,
        SeedsModule,
        StatsModule,
      ],
    };
  }
}

@Module({})
class ConfigHolder {}

@Module({})
class AuditSinks {}
