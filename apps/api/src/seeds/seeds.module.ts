import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { SeedsService } from './seeds.service.js';

@Module({ imports: [ArticlesModule], providers: [SeedsService], exports: [SeedsService] })
export class SeedsModule {}
