import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { openDataSource } from './data-source.js';
import { allowPreparedStatements } from '../common/sql.js';

/**
 * PGlite is one session underneath, and pglite-socket queues single protocol messages, so two
 * connections using the extended protocol at once can interleave their Parse/Bind steps on that one
 * session. One pooled connection keeps every statement whole; it costs nothing, since PGlite runs one
 * statement at a time anyway. (The socket accepts a few more for tools such as psql.)
 */
const EMBEDDED_POOL_SIZE = 1;
const EMBEDDED_MAX_CONNECTIONS = 4;

/** Shared by the API and the seed script so both pick the database the same way. */
async function connect(config: AppConfig): Promise<{ dataSource: DataSource; embedded: EmbeddedPostgres | null }> {
  const embedded = config.DATABASE_URL ? null : await EmbeddedPostgres.start(config.DATA_DIR, EMBEDDED_MAX_CONNECTIONS);
  try {
    const poolSize = embedded ? EMBEDDED_POOL_SIZE : config.DB_POOL_SIZE;
    const dataSource = await openDataSource(config.DATABASE_URL ?? embedded!.url, poolSize, { shared: !embedded });
    if (!embedded) allowPreparedStatements(dataSource);
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
