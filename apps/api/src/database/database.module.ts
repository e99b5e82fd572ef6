import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { openDataSource } from './data-source.js';


/** Shared by the API and the seed script so both pick the database the same way. */
export async function connect(config: AppConfig): Promise<{ dataSource: DataSource; embedded: EmbeddedPostgres | null }> {
  const embedded = config.DATABASE_URL ? null : await EmbeddedPostgres.start(config.DATA_DIR, config.DB_POOL_SIZE + 5);
  try {
    const dataSource = await openDataSource(config.DATABASE_URL ?? embedded!.url, config.DB_POOL_SIZE);
    return { dataSource, embedded };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

interface Connection {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
}
const CONNECTION = Symbol('CONNECTION');

@Global()
@Module({
  providers: [
    { provide: CONNECTION, inject: [AppConfig], useFactory: (config: AppConfig) => connect(config) },
    { provide: DataSource, inject: [CONNECTION], useFactory: (c: Connection) => c.dataSource },
  ],
  exports: [DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseModule.name);

  constructor(@Inject(CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.dataSource.destroy();
    if (this.connection.embedded) {
      await this.connection.embedded.stop();
      this.logger.log('Embedded database closed');
    }
  }
}
