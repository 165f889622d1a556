import { Injectable, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { InjectConnection, MongooseModule, getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { Counter } from 'prom-client';
import { HealthInfo, HealthRegistry, Metrics } from './health.js';

/**
 * Mongoose connected to MongoDB or the embedded FerretDB. Indexes declared on the schemas are
 * built at start (autoIndex); the check pings the server.
 */
export function mongoRoot(url: string, dbName: string): DynamicModule {
  return MongooseModule.forRootAsync({
    inject: [HealthRegistry, Metrics],
    useFactory: (health: HealthRegistry, metrics: Metrics) => ({
      uri: url,
      dbName,
      autoIndex: true,
      autoCreate: true,
      serverSelectionTimeoutMS: 5000,
      heartbeatFrequencyMS: 2000,
      // Counts every database command (parley_db_commands_total), so round trips per operation are measured, not guessed.
      monitorCommands: true,
      onConnectionCreate: (connection: Connection) => {
        // Mongoose calls this again on every retry of a failed first connection: one counter for all.
        const commands =
          (metrics.registry.getSingleMetric('parley_db_commands_total') as Counter<'command'> | undefined) ??
          new Counter({ name: 'parley_db_commands_total', help: 'Database commands sent', labelNames: ['command'], registers: [metrics.registry] });
        connection.on('connected', () => {
          const client = connection.getClient();
          client.removeAllListeners('commandStarted');
          client.on('commandStarted', (e: { commandName: string }) => commands.inc({ command: e.commandName }));
        });
        health.add('mongo', async () => {
          const db = connection.db;
          if (!db) throw new Error('not connected');
          await db.command({ ping: 1 });
        });
        return connection;
      },
    }),
  });
}

export { getConnectionToken };

/** Counts the indexes of the given models' collections (beyond `_id`), for serverInfo. */
export async function countIndexes(connection: Connection): Promise<number> {
  let n = 0;
  for (const model of Object.values(connection.models)) {
    const indexes = await model.collection.indexes();
    n += indexes.filter((i) => i.name !== '_id_').length;
  }
  return n;
}

/** Adds the index count of the app's collections to its health answer (proves the indexes exist). */
@Injectable()
export class MongoIndexInfo implements OnModuleInit {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly info: HealthInfo,
  ) {}
  onModuleInit() {
    this.info.add(async () => ({ indexes: await countIndexes(this.connection) }));
  }
}
