import { Catch, Injectable, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { problemBodyOf, sendProblem } from '../common/problem.filter.js';
import type { FactdeskRequest } from '../common/request-context.js';
import { AppConfig } from '../config/app-config.js';
import { renderMissingReviewPage } from './review-page.js';

/**
 * A reader who follows a bad review link (an unknown, unpublished or cut-short id) gets a small HTML page
 * with the same status; a client that prefers JSON (or names no preference) still gets problem+json.
 */
@Catch()
@Injectable()
export class ReviewPageFilter implements ExceptionFilter {
  constructor(private readonly config: AppConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<FactdeskRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    res.vary('Accept');
    const { status } = problemBodyOf(exception);
    const wantsHtml = req.accepts(['application/problem+json', 'application/json', 'text/html']) === 'text/html';
    if (!wantsHtml || (status !== 404 && status !== 400) || res.headersSent) return sendProblem(exception, req, res);
    res.setHeader('Cache-Control', 'private, no-store');
    res.status(status).type('text/html; charset=utf-8').send(renderMissingReviewPage(this.config.NEWSROOM_NAME));
  }
}
