import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { ArticlesService } from '../articles/articles.service.js';

interface ManifestEntry {
  file: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  publishedOn: string | null;
  url: string | null;
}

export const SEED_ACTOR = { name: 'system:seed', requestId: 'seed' };

/** Loads seeds/ through the ordinary ingest path; the file name is the seed key, so a second run adds nothing. */
@Injectable()
export class SeedsService {
  private readonly logger = new Logger(SeedsService.name);

  constructor(private readonly articles: ArticlesService) {}

  async load(dir: string): Promise<{ created: number; unchanged: number }> {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { articles: ManifestEntry[] };
    let created = 0;
    for (const entry of manifest.articles) {
      const content = await readFile(join(dir, entry.file), 'utf8');
      const result = await this.articles.ingest(
        {
          content,
          format: 'auto',
          seedKey: entry.file,
          title: entry.title ?? undefined,
          outlet: entry.outlet ?? undefined,
          author: entry.author ?? undefined,
          publishedOn: entry.publishedOn ?? undefined,
          url: entry.url ?? undefined,
        },
        SEED_ACTOR,
      );
      if (result.created) created++;
    }
    const unchanged = manifest.articles.length - created;
    this.logger.log(`Seeds: ${created} loaded, ${unchanged} already present`);
    return { created, unchanged };
  }
}
