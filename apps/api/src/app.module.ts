import { Module, type DynamicModule } from '@nestjs/common';
import { ArticlesModule } from './articles/articles.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ClaimsModule } from './claims/claims.module.js';
import { AppConfig } from './config/app-config.js';
import { DatabaseModule } from './database/database.module.js';
import { EvidenceModule } from './evidence/evidence.module.js';
import { HealthModule } from './health/health.module.js';
import { ProblemsModule } from './problems/problems.module.js';
import { SeedsModule } from './seeds/seeds.module.js';
import { VerdictsModule } from './verdicts/verdicts.module.js';

@Module({})
export class AppModule {
  /** The whole API for one validated configuration (tests build one per suite). */
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        { module: ConfigHolder, global: true, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] },
        DatabaseModule,
        AuthModule,
        AuditModule,
        ArticlesModule,
        ClaimsModule,
        VerdictsModule,
        EvidenceModule,
        HealthModule,
        ProblemsModule,
        SeedsModule,
      ],
    };
  }
}

@Module({})
class ConfigHolder {}
