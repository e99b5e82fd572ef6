/**
 * Generated from openapi.json by `npm run sdk` (openapi-typescript). Do not edit: change the API,
 * run `npm run openapi`, then `npm run sdk`.
 */

export interface paths {
    "/api/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List articles, newest first, with their claim progress. */
        get: operations["listArticles"];
        put?: never;
        /**
         * Ingest an article (plain text or HTML), or give only `url` to have the page fetched: cleaned,
         *     revisioned and its claims extracted. Fetching refuses loopback, private, link-local and metadata
         *     addresses (also after redirects) unless the host is in FETCH_ALLOWED_HOSTS (`url-not-allowed`);
         *     an unreachable page or one that is not HTML or plain text is `fetch-failed`.
         */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest up to 500 articles as JSON `{items: [...]}` or NDJSON (`application/x-ndjson`, one article a line).
         *     Each item is validated and written on its own, in order; the answer has one result per item
         *     (201 created, 200 unchanged — same URL, or the same content as an article without URL — or the item's problem).
         *     The items count against the token's ingest budget (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN a minute, `X-RateLimit-*-ingest`), not its
         *     write limit; items refused by validation (400) and a replay answered from its Idempotency-Key do not count.
         */
        post: operations["createArticles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's current revision: original, cleaned text, removals and marked segments. */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct an article's metadata (title, outlet, author, publication date); the content is changed by adding a revision. */
        patch: operations["updateArticle"];
        trace?: never;
    };
    "/api/v1/articles/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claims on an article's current (or a named) revision. */
        get: operations["listArticleClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a revision: new content, or the current content with some cleaning removals undone. */
        post: operations["createRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/revisions/{revisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision of an article (earlier revisions stay readable; claims point at them). */
        get: operations["getRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first, filtered and paginated by cursor. */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the audit trail's hash chain end to end; names the first broken link. */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claim-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published ClaimReviews in publication order, for a CMS to poll (public); corrections republish. */
        get: operations["listClaimReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List claims across articles, filtered by article, status, kind, outlet, text, assignee or review, in creation or check-worthiness order. */
        get: operations["listClaims"];
        put?: never;
        /** Add a claim by quote, by position, or as standalone text. A claimed span returns its existing claim. */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/bulk-verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply one verdict to many claims; each succeeds or fails on its own (404, 412, 422, 428 per item), one audit event per claim. */
        post: operations["bulkVerdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim with its current verdict; the ETag is its version. */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Hand a claim to an editor (or to nobody with null); audited, announced to webhooks and the live stream as claim.assigned. */
        put: operations["assignClaim"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/claim-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published claim as schema.org ClaimReview JSON-LD (public). */
        get: operations["getClaimReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claim's discussion, oldest first. */
        get: operations["listComments"];
        put?: never;
        /** Add a remark to the claim's discussion: for the desk only, never published; audited and streamed live. */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One comment of the claim's discussion (where a new comment's Location points). */
        get: operations["getComment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the other sources say about a claim, with a suggested verdict and its rationale. */
        get: operations["getClaimEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything that happened to a claim, oldest first, with actors and reasons. */
        get: operations["getClaimHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a decided claim's verdict as a ClaimReview (409 review-required until a second editor approved it, unless REVIEW_REQUIRED=false); later verdict changes become public corrections. */
        post: operations["publishClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims already checked: decided claims elsewhere that say the same thing, with their verdicts and citations. A changed number, date or name is never the same claim. */
        get: operations["listRelatedClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the claim's current verdict for publication, or reject it with a note that sends it back to
         *     the assignee. The verdict's author cannot review it (403 self-review), under any of their tokens.
         */
        post: operations["reviewClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Decide a claim (verified, disputed, unsupported) citing passages; changing a verdict is a correction and needs a reason. */
        put: operations["decideVerdict"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Corrections to published verdicts, newest first (public). */
        get: operations["listCorrections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: `ready` once listening, then an `audit` event (data: LiveEventDto) for every
         *     new audit event, within about a second of its commit. The SSE `id` is the audit sequence: a client
         *     reconnecting with `Last-Event-ID` (EventSource sends it by itself) first gets the audit events it
         *     missed, then `ready` with `replayed: true`; `replayed: false` (no or an unusable id, or more than
         *     1,000 missed) means reload. EventSource cannot send an Authorization header, so this route also
         *     takes the token as the `access_token` query parameter.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream every claim with its verdict, citations and history size, as CSV or JSON Lines; no row cap. */
        get: operations["exportClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: whether this process can serve requests now. 503 with `status: error` when the
         *     database is down or, on the embedded database, its disk does not take writes (full, read-only),
         *     with the reason under `details`.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (restart it only when this fails; a full disk is not cured by a restart). */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the desk stands in a period (default: the last 30 days, at most 366): decisions per day by verdict, time to a first verdict, open claims by check-worthiness, decisions per editor, disputed share by outlet. */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens (never their secrets). */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token; its secret is shown once, in this response (an idempotent replay omits it). */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/assignable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active editor and admin tokens, by name: whom a claim can be assigned to (editors may ask; no secrets, no prefixes). */
        get: operations["listAssignableTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling token's name and role (any role may ask). */
        get: operations["getCurrentToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token; it stops working at once. */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints, disabled ones included (never their secrets). */
        get: operations["listWebhooks"];
        put?: never;
        /** Register an endpoint for signed event deliveries; its signing secret is shown once, in this response (an idempotent replay omits it). */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint (never its secret). */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Disable an endpoint: it receives nothing more and its queued deliveries are cancelled. */
        delete: operations["disableWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's delivery log, newest first: attempts, last answer, next attempt. */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/corrections.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The corrections as an Atom feed (public), served at /corrections.atom. */
        get: operations["getCorrectionsAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (text format 0.0.4): requests and latency per route, the database pool, the
         *     evidence and webhook queues, the audit chain's length. Any token may scrape (a viewer token is enough).
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every problem type this API can answer with (public). */
        get: operations["listProblemTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One problem type, the target of a problem+json `type` (public). */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public page of a published review (public), served at /reviews/{id}: claim, rating, note, sources, corrections, and the ClaimReview JSON-LD. */
        get: operations["getReviewPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The change an audit event of action `article.created` records. */
        ArticleCreatedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "article.created";
            /** @description State after the change. */
            after: components["schemas"]["AuditArticleDto"] | (never | null);
            /**
             * @description State before the change.
             * @enum {object|null}
             */
            before: never | null;
            entityId: string;
            /** @enum {string} */
            entityType: "article";
            reason: string | null;
        };
        ArticleDto: {
            author: string | null;
            createdAt: string;
            edits: components["schemas"]["TextEditDto"][];
            id: string;
            /**
             * @description How Factdesk names the article wherever a person reads it (evidence rationales, the public review
             *     page): its title; else its outlet and date; else its opening words in quotes.
             * @example FRANCE 24, 27 Apr 2018
             */
            name: string;
            /** @description The content exactly as received. */
            original: string;
            outlet: string | null;
            progress: components["schemas"]["ClaimProgressDto"];
            publishedOn: string | null;
            /** @description Source ranges of edits an editor undid for this revision. */
            restored: components["schemas"]["SourceRangeDto"][];
            revision: components["schemas"]["RevisionSummaryDto"];
            revisionCount: number;
            segments: components["schemas"]["TextSegmentDto"][];
            /** @description Plain text before cleaning (for HTML, the extracted text). */
            sourceText: string;
            /** @description The cleaned text; claim and citation offsets are UTF-16 code units into it. */
            text: string;
            title: string | null;
            updatedAt: string;
            url: string | null;
        };
        ArticlePage: {
            items: components["schemas"]["ArticleSummaryDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ArticleSummaryDto: {
            author: string | null;
            createdAt: string;
            id: string;
            /**
             * @description How Factdesk names the article wherever a person reads it (evidence rationales, the public review
             *     page): its title; else its outlet and date; else its opening words in quotes.
             * @example FRANCE 24, 27 Apr 2018
             */
            name: string;
            outlet: string | null;
            progress: components["schemas"]["ClaimProgressDto"];
            publishedOn: string | null;
            revision: components["schemas"]["RevisionSummaryDto"];
            revisionCount: number;
            title: string | null;
            updatedAt: string;
            url: string | null;
        };
        /** @description The change an audit event of action `article.updated` records. */
        ArticleUpdatedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "article.updated";
            /** @description State after the change. */
            after: components["schemas"]["AuditArticleFieldsDto"] | (never | null);
            /** @description State before the change. */
            before: components["schemas"]["AuditArticleFieldsDto"] | (never | null);
            entityId: string;
            /** @enum {string} */
            entityType: "article";
            reason: string | null;
        };
        AssignClaimDto: {
            /**
             * Format: uuid
             * @description The editor's or admin's token to hand the claim to (GET /tokens lists them); null: nobody.
             */
            tokenId: string | null;
        };
        AssignableTokenDto: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
        };
        AssigneeDto: {
            /** @description The token's name when it was assigned. */
            name: string;
            tokenId: string;
        };
        AuditArticleDto: {
            author: string | null;
            outlet: string | null;
            publishedOn: string | null;
            seedKey: string | null;
            title: string | null;
            url: string | null;
        };
        AuditArticleFieldsDto: {
            author?: string | null;
            outlet?: string | null;
            publishedOn?: string | null;
            title?: string | null;
        };
        AuditAssignmentDto: {
            assignee: components["schemas"]["AssigneeDto"] | (never | null);
            /** @description The claim's version (its ETag value) before or after the change. */
            version: number;
        };
        /** @description An audit event's action, entity and before/after, by action: what an AuditEventDto's `before` and `after` hold. */
        AuditChange: components["schemas"]["ArticleCreatedChange"] | components["schemas"]["ArticleUpdatedChange"] | components["schemas"]["RevisionCreatedChange"] | components["schemas"]["ClaimCreatedChange"] | components["schemas"]["CommentCreatedChange"] | components["schemas"]["VerdictDecidedChange"] | components["schemas"]["VerdictCorrectedChange"] | components["schemas"]["CorrectionPublishedChange"] | components["schemas"]["ClaimPublishedChange"] | components["schemas"]["ClaimAssignedChange"] | components["schemas"]["VerdictReviewedChange"] | components["schemas"]["TokenCreatedChange"] | components["schemas"]["TokenRevokedChange"] | components["schemas"]["WebhookCreatedChange"] | components["schemas"]["WebhookDisabledChange"];
        AuditCitationDto: {
            articleId: string;
            end: number;
            revisionId: string;
            /** @enum {string} */
            stance: "supports" | "contradicts";
            start: number;
        };
        AuditClaimDto: {
            articleId: string | null;
            end: number | null;
            /** @enum {string} */
            kind: "quantity" | "date" | "attribution" | "quote" | "entity" | "statement";
            /** @enum {string} */
            origin: "extracted" | "editor";
            revisionId: string | null;
            start: number | null;
            /** @enum {string} */
            status: "open" | "verified" | "disputed" | "unsupported";
            text: string;
            version: number;
        };
        AuditCommentDto: {
            body: string;
            commentId: string;
        };
        AuditCorrectionAfterDto: {
            correctionId: string;
            note: string;
            /** @enum {string} */
            verdict: "verified" | "disputed" | "unsupported";
            verdictId: string;
        };
        AuditCorrectionBeforeDto: {
            verdictId: string;
        };
        AuditEventDto: {
            action: string;
            /** @description Name of the token that acted, or `system:…` for Factdesk itself. */
            actor: string;
            /** @description State after the change. */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description State before the change. */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description Position in the tamper-evident hash chain. */
            chainSeq: string;
            entityId: string;
            entityType: string;
            /** @description SHA-256 (hex) over prevHash and this event's canonical encoding. */
            hash: string;
            /** @description Monotonic event number. */
            id: string;
            occurredAt: string;
            /** @description SHA-256 (hex) of the previous event in the chain. */
            prevHash: string;
            reason: string | null;
            requestId: string | null;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEventDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        AuditPublishedClaimDto: {
            articleId: string | null;
            end: number | null;
            /** @enum {string} */
            kind: "quantity" | "date" | "attribution" | "quote" | "entity" | "statement";
            /** @enum {string} */
            origin: "extracted" | "editor";
            publishedAt: string;
            revisionId: string | null;
            start: number | null;
            /** @enum {string} */
            status: "open" | "verified" | "disputed" | "unsupported";
            text: string;
            verdictId: string;
            version: number;
        };
        AuditReviewAfterDto: {
            /** @description Who has the claim after the review: a rejection goes back to the assignee, or to the author. */
            assignee: components["schemas"]["AssigneeDto"] | (never | null);
            /** @description Who decided the reviewed verdict (never the reviewer). */
            decidedBy: string;
            /** @enum {string} */
            decision: "approved" | "rejected";
            /** @description Always given with a rejection. */
            note: string | null;
            reviewId: string;
            /** @enum {string} */
            reviewStatus: "approved" | "rejected";
            /** @enum {string} */
            verdict: "verified" | "disputed" | "unsupported";
            verdictId: string;
            version: number;
        };
        AuditReviewBeforeDto: {
            /**
             * @description Null when no review had been asked for.
             * @enum {string|null}
             */
            reviewStatus: "awaiting" | "approved" | "rejected" | null;
            version: number;
        };
        AuditRevisionAfterDto: {
            contentHash: string;
            /** @description How many edits cleaning made. */
            edits: number;
            number: number;
            restored: components["schemas"]["AuditSpanDto"][];
            revisionId: string;
        };
        AuditRevisionBeforeDto: {
            revisionId: string;
        };
        AuditSpanDto: {
            end: number;
            start: number;
        };
        AuditVerdictAfterDto: {
            citations: components["schemas"]["AuditCitationDto"][];
            note: string;
            /**
             * @description `awaiting` when a second editor must approve it before publication; null when review is off (REVIEW_REQUIRED=false); absent in events written before reviews existed.
             * @enum {string|null}
             */
            reviewStatus?: "awaiting" | null;
            /** @enum {string} */
            status: "verified" | "disputed" | "unsupported";
            verdictId: string;
            /** @description The claim's new version (its ETag value). */
            version: number;
        };
        AuditVerdictBeforeDto: {
            note: string | null;
            /** @enum {string} */
            status: "open" | "verified" | "disputed" | "unsupported";
            /** @description Null before the first decision. */
            verdictId: string | null;
            version: number;
        };
        BatchArticlesDto: {
            /** @description Up to 500 articles, each as the body of `POST /articles`; each is validated and written on its own. */
            items: components["schemas"]["CreateArticleDto"][];
        };
        BatchItemResultDto: {
            /** @description Claims extracted from the new revision (201 only). */
            claims?: number;
            contentHash?: string;
            /** @description The article, when status is 201 or 200. */
            id?: string;
            /** @description Position of the item in the request (0-based). */
            index: number;
            /** @description What was wrong with this item, when status is not 201 or 200. */
            problem?: components["schemas"]["ProblemDto"];
            revisionId?: string;
            revisionNumber?: number;
            /** @description The status this item would have had on its own: 201 created, 200 unchanged, 4xx refused (see `problem`). */
            status: number;
            url?: string | null;
        };
        BatchResultDto: {
            created: number;
            failed: number;
            /** @description One result per item, in request order. */
            results: components["schemas"]["BatchItemResultDto"][];
            unchanged: number;
        };
        BrokenLinkDto: {
            chainSeq: string;
            /** @description The audit event where the chain first fails. */
            id: string;
            /** @description What does not match, for a person. */
            reason: string;
        };
        BulkVerdictDto: {
            /** @description The passages relied on. verified needs a supporting and disputed a contradicting passage of another article. */
            citations?: components["schemas"]["CitationInputDto"][];
            /** @description Required when the claim is published: the public note shown in the corrections feeds. */
            correctionNote?: string;
            /** @description The claims to decide, each with the version the editor saw. */
            items: components["schemas"]["BulkVerdictItemDto"][];
            /** @description The editor's note on the decision. */
            note?: string;
            /** @description Required when the claim already has a verdict: changing it is a correction. */
            reason?: string;
            /**
             * @example verified
             * @enum {string}
             */
            verdict: "verified" | "disputed" | "unsupported";
        };
        BulkVerdictItemDto: {
            /** Format: uuid */
            claimId: string;
            /** @description The claim's ETag as read; a stale one fails this item with 412, a missing one on a decided claim with 428. */
            ifMatch?: string;
        };
        BulkVerdictResponseDto: {
            failed: number;
            /** @description One result per item, in request order. */
            results: components["schemas"]["BulkVerdictResultDto"][];
            succeeded: number;
        };
        BulkVerdictResultDto: {
            /** @description The decided claim, when status is 200. */
            claim?: components["schemas"]["ClaimDto"];
            claimId: string;
            /** @description What went wrong, when status is not 200. */
            problem?: components["schemas"]["ProblemDto"];
            /** @description The HTTP status this item would have had on its own (200, 404, 412, 422, …). */
            status: number;
        };
        ChainVerificationDto: {
            /** @description Events checked. */
            events: number;
            /** @description The first broken link, or null. */
            firstBroken: components["schemas"]["BrokenLinkDto"] | (never | null);
            /** @description Hash of the last event (the value to anchor elsewhere). */
            headHash: string;
            /** @description True when every event's hash and link check out and the chain head matches the last event. */
            valid: boolean;
        };
        CitationDto: {
            articleId: string;
            end: number;
            /** @description The cited text as it was when cited. */
            quote: string;
            revisionId: string;
            /** @enum {string} */
            stance: "supports" | "contradicts";
            start: number;
        };
        CitationInputDto: {
            /**
             * Format: uuid
             * @description The cited article (another source than the claim's own).
             */
            articleId: string;
            /** @description End of the cited passage, exclusive. */
            end: number;
            /**
             * Format: uuid
             * @description The cited revision; defaults to the article's current revision.
             */
            revisionId?: string;
            /** @enum {string} */
            stance: "supports" | "contradicts";
            /** @description Start of the cited passage in the revision's cleaned text (UTF-16 code units). */
            start: number;
        };
        /** @description The change an audit event of action `claim.assigned` records. */
        ClaimAssignedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "claim.assigned";
            /** @description State after the change. */
            after: components["schemas"]["AuditAssignmentDto"] | (never | null);
            /** @description State before the change. */
            before: components["schemas"]["AuditAssignmentDto"] | (never | null);
            entityId: string;
            /** @enum {string} */
            entityType: "claim";
            reason: string | null;
        };
        /** @description Sent for the audited action `claim.assigned`. */
        ClaimAssignedWebhookEvent: {
            /** @description The audit event that announced the change. */
            data: {
                /** @description Name of the token that acted. */
                actor: string;
                /** @description State after the change. */
                after: components["schemas"]["AuditAssignmentDto"] | (never | null);
                /** @description State before the change. */
                before: components["schemas"]["AuditAssignmentDto"] | (never | null);
                entityId: string;
                /** @enum {string} */
                entityType: "claim";
                reason: string | null;
            };
            /**
             * Format: uuid
             * @description Unique per event and the same on every retry and for every endpoint: receivers dedupe on it.
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "claim.assigned";
        };
        /** @description The change an audit event of action `claim.created` records. */
        ClaimCreatedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "claim.created";
            /** @description State after the change. */
            after: components["schemas"]["AuditClaimDto"] | (never | null);
            /**
             * @description State before the change.
             * @enum {object|null}
             */
            before: never | null;
            entityId: string;
            /** @enum {string} */
            entityType: "claim";
            reason: string | null;
        };
        /** @description Sent for the audited action `claim.created`. */
        ClaimCreatedWebhookEvent: {
            /** @description The audit event that announced the change. */
            data: {
                /** @description Name of the token that acted. */
                actor: string;
                /** @description State after the change. */
                after: components["schemas"]["AuditClaimDto"] | (never | null);
                /**
                 * @description State before the change.
                 * @enum {object|null}
                 */
                before: never | null;
                entityId: string;
                /** @enum {string} */
                entityType: "claim";
                reason: string | null;
            };
            /**
             * Format: uuid
             * @description Unique per event and the same on every retry and for every endpoint: receivers dedupe on it.
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "claim.created";
        };
        ClaimDto: {
            /** @description Null for a standalone claim. */
            articleId: string | null;
            /** @description Who has the claim; null when nobody does. */
            assignee: components["schemas"]["AssigneeDto"] | (never | null);
            /** @description When a standalone claim was made; null for claims in articles (the article's date applies). */
            claimedOn: string | null;
            createdAt: string;
            createdBy: string;
            id: string;
            /** @enum {string} */
            kind: "quantity" | "date" | "attribution" | "quote" | "entity" | "statement";
            kinds: ("quantity" | "date" | "attribution" | "quote" | "entity" | "statement")[];
            /** @enum {string} */
            origin: "extracted" | "editor";
            /** @description When the verdict was (last) published as a ClaimReview; null when unpublished. */
            publishedAt: string | null;
            /** @description The verdict readers see; not the current one while a correction awaits its review or publication. */
            publishedVerdictId: string | null;
            /** @description The current verdict's review; null when no review was asked for (no verdict, or REVIEW_REQUIRED=false). */
            review: components["schemas"]["ClaimReviewStateDto"] | (never | null);
            /** @description The revision whose text the selector points into. */
            revisionId: string | null;
            /** @description Check-worthiness, 0..1. */
            score: number;
            /** @description Null for a standalone claim. */
            selector: components["schemas"]["ClaimSelectorDto"] | (never | null);
            /** @description What made it check-worthy, for a person. */
            signals: string[];
            /** @enum {string} */
            status: "open" | "verified" | "disputed" | "unsupported";
            text: string;
            updatedAt: string;
            verdict: components["schemas"]["CurrentVerdictDto"] | (never | null);
            /** @description Also sent as the ETag; send it back as If-Match when deciding. */
            version: number;
        };
        ClaimEvidenceDto: {
            claimId: string;
            /** @description When this evidence was computed. */
            computedAt: string;
            /** @description What the other sources say, best first (decisive before neutral), at most 10. */
            evidence: components["schemas"]["EvidencePassageDto"][];
            /** @description The machine's suggestion; the editor decides. */
            suggestion: components["schemas"]["EvidenceSuggestionDto"];
        };
        ClaimPage: {
            items: components["schemas"]["ClaimDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ClaimProgressDto: {
            disputed: number;
            open: number;
            total: number;
            unsupported: number;
            verified: number;
        };
        /** @description The change an audit event of action `claim.published` records. */
        ClaimPublishedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "claim.published";
            /** @description State after the change. */
            after: components["schemas"]["AuditPublishedClaimDto"] | (never | null);
            /**
             * @description State before the change.
             * @enum {object|null}
             */
            before: never | null;
            entityId: string;
            /** @enum {string} */
            entityType: "claim";
            reason: string | null;
        };
        /** @description Sent for the audited action `claim.published`. */
        ClaimPublishedWebhookEvent: {
            /** @description The audit event that announced the change. */
            data: {
                /** @description Name of the token that acted. */
                actor: string;
                /** @description State after the change. */
                after: components["schemas"]["AuditPublishedClaimDto"] | (never | null);
                /**
                 * @description State before the change.
                 * @enum {object|null}
                 */
                before: never | null;
                entityId: string;
                /** @enum {string} */
                entityType: "claim";
                reason: string | null;
            };
            /**
             * Format: uuid
             * @description Unique per event and the same on every retry and for every endpoint: receivers dedupe on it.
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "claim.published";
        };
        ClaimReviewDto: {
            /** @example https://schema.org */
            "@context": string;
            /** @example ClaimReview */
            "@type": string;
            /**
             * @example {
             *       "@type": "Organization",
             *       "name": "Factdesk"
             *     }
             */
            author: {
                [key: string]: unknown;
            };
            claimReviewed: string;
            /** @description When the review was last corrected; absent until then. */
            dateModified?: string;
            /** @description When the review was first published; corrections do not change it. */
            datePublished: string;
            /** @description The Claim: appearance and firstAppearance (article URL), author and datePublished where known. */
            itemReviewed: {
                [key: string]: unknown;
            };
            /** @description The editor's note. */
            reviewBody?: string;
            /**
             * @description verified → 5 "Verified", unsupported → 3 "Unsupported", disputed → 1 "Disputed" (bestRating 5, worstRating 1).
             * @example {
             *       "@type": "Rating",
             *       "alternateName": "Verified",
             *       "bestRating": 5,
             *       "ratingValue": 5,
             *       "worstRating": 1
             *     }
             */
            reviewRating: {
                [key: string]: unknown;
            };
            /** @description The public page of this review (`/reviews/{id}`), which carries this markup. */
            url: string;
        };
        ClaimReviewPage: {
            items: components["schemas"]["ClaimReviewDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ClaimReviewStateDto: {
            /** @description The reviewer's note (always given with a rejection). */
            note: string | null;
            reviewedAt: string | null;
            /** @description Who reviewed the current verdict; null while it awaits review. */
            reviewedBy: string | null;
            /**
             * @description `awaiting`: decided, not yet reviewed; `approved`: may be published; `rejected`: sent back, decide it again.
             * @enum {string}
             */
            status: "awaiting" | "approved" | "rejected";
        };
        ClaimSelectorDto: {
            position: components["schemas"]["TextPositionSelectorDto"];
            quote: components["schemas"]["TextQuoteSelectorDto"];
        };
        /** @description The change an audit event of action `comment.created` records. */
        CommentCreatedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "comment.created";
            /** @description State after the change. */
            after: components["schemas"]["AuditCommentDto"] | (never | null);
            /**
             * @description State before the change.
             * @enum {object|null}
             */
            before: never | null;
            entityId: string;
            /** @enum {string} */
            entityType: "claim";
            reason: string | null;
        };
        CommentDto: {
            /** @description The name of the token that wrote it. */
            author: string;
            /** @description As written, without leading or trailing blank space. */
            body: string;
            claimId: string;
            createdAt: string;
            id: string;
        };
        CommentPage: {
            /** @description Oldest first, the order of the discussion. */
            items: components["schemas"]["CommentDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        CorrectionDto: {
            claimId: string;
            /** @description The claim as published. */
            claimReviewed: string;
            id: string;
            /** @description The public correction note. */
            note: string;
            /** @enum {string} */
            previousVerdict: "verified" | "disputed" | "unsupported";
            publishedAt: string;
            /** @description The public page of the corrected review. */
            url: string;
            /** @enum {string} */
            verdict: "verified" | "disputed" | "unsupported";
        };
        CorrectionPage: {
            items: components["schemas"]["CorrectionDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description The change an audit event of action `correction.published` records. */
        CorrectionPublishedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "correction.published";
            /** @description State after the change. */
            after: components["schemas"]["AuditCorrectionAfterDto"] | (never | null);
            /** @description State before the change. */
            before: components["schemas"]["AuditCorrectionBeforeDto"] | (never | null);
            entityId: string;
            /** @enum {string} */
            entityType: "claim";
            reason: string | null;
        };
        /** @description Sent for the audited action `correction.published`. */
        CorrectionPublishedWebhookEvent: {
            /** @description The audit event that announced the change. */
            data: {
                /** @description Name of the token that acted. */
                actor: string;
                /** @description State after the change. */
                after: components["schemas"]["AuditCorrectionAfterDto"] | (never | null);
                /** @description State before the change. */
                before: components["schemas"]["AuditCorrectionBeforeDto"] | (never | null);
                entityId: string;
                /** @enum {string} */
                entityType: "claim";
                reason: string | null;
            };
            /**
             * Format: uuid
             * @description Unique per event and the same on every retry and for every endpoint: receivers dedupe on it.
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "correction.published";
        };
        CreateArticleDto: {
            author?: string;
            /**
             * @description The article as received: plain text or HTML. Kept exactly; the cleaned text is derived from it.
             *     Omit it and give `url` to have Factdesk fetch the page (HTML or plain text, at most 5 MB, 10 s, 5 redirects).
             * @example Europol said on Thursday that the two-day operation targeted Amaq.
             */
            content?: string;
            /**
             * @description `auto` (the default) treats content that looks like markup as HTML; `page` is a whole web page whose main content is found first (Readability).
             * @enum {string}
             */
            format?: "auto" | "text" | "html" | "page";
            outlet?: string;
            /** @description Publication date (YYYY-MM-DD). */
            publishedOn?: string;
            title?: string;
            /**
             * Format: uri
             * @description Canonical URL. Posting different content for a known URL adds a revision to that article.
             */
            url?: string;
        };
        CreateClaimDto: {
            /**
             * Format: uuid
             * @description The article the claim is in; omit for a standalone claim (give `text`).
             */
            articleId?: string;
            /** @description For a standalone claim: when it was made (YYYY-MM-DD), so "last month" in it can be read. */
            claimedOn?: string;
            /** @description Anchor the claim by offsets into the article's cleaned text. */
            position?: components["schemas"]["TextPositionSelectorDto"];
            /** @description Anchor the claim by quoting the article. */
            quote?: components["schemas"]["TextQuoteSelectorDto"];
            /**
             * @description A standalone claim an editor types, not anchored in any article.
             * @example Europol is based in The Hague.
             */
            text?: string;
        };
        CreateCommentDto: {
            /** @description Plain text for the other editors. Internal: never published, never sent to webhooks. */
            body: string;
        };
        CreateRevisionDto: {
            /** @description New content; omit to re-clean the current revision's original (for example to restore removals). */
            content?: string;
            /** @enum {string} */
            format?: "auto" | "text" | "html" | "page";
            /** @description Cleaning edits to undo, by their `start`/`end` in the source text (see a revision's `edits`). */
            restore?: components["schemas"]["SourceRangeDto"][];
        };
        CreateTokenDto: {
            /** @description Who or what uses the token; becomes the actor in the audit trail. Leading and trailing spaces are dropped. */
            name: string;
            /**
             * @description viewer: read; editor: articles, claims, verdicts; admin: everything including tokens.
             * @enum {string}
             */
            role: "viewer" | "editor" | "admin";
        };
        CreateWebhookDto: {
            /** @description What the endpoint is for, for the people who manage it. */
            description?: string;
            /**
             * @description The events this endpoint receives.
             * @example [
             *       "claim.created",
             *       "verdict.changed"
             *     ]
             */
            events: ("claim.created" | "verdict.changed" | "claim.published" | "correction.published" | "claim.assigned" | "verdict.reviewed")[];
            /**
             * Format: uri
             * @description Where events are POSTed: an http or https URL, without user:password (the signature is the credential).
             * @example https://example.org/factdesk-events
             */
            url: string;
        };
        CreatedTokenDto: {
            createdAt: string;
            createdBy: string;
            id: string;
            name: string;
            /** @description The first characters of the secret. */
            prefix: string;
            revokedAt: string | null;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
            /** @description The bearer secret. Shown only in this response: store it now. */
            secret: string;
        };
        CreatedWebhookDto: {
            createdAt: string;
            createdBy: string;
            description: string | null;
            /** @description Set once the endpoint is disabled; it then receives nothing more. */
            disabledAt: string | null;
            events: ("claim.created" | "verdict.changed" | "claim.published" | "correction.published" | "claim.assigned" | "verdict.reviewed")[];
            id: string;
            /** @description The signing secret (HMAC-SHA256 key). Shown only in this response: store it now. */
            secret: string;
            url: string;
        };
        CurrentVerdictDto: {
            citations: components["schemas"]["CitationDto"][];
            /**
             * @description The public note this verdict corrects a published one with (what readers of the corrections feeds
             *     will read once it is published), so its reviewer sees the wording they approve; null for a verdict
             *     that corrects nothing or was published straight away.
             */
            correctionNote: string | null;
            decidedAt: string;
            decidedBy: string;
            id: string;
            note: string;
            /** @description Why the previous verdict was corrected; null for a first decision. */
            reason: string | null;
            /** @enum {string} */
            verdict: "verified" | "disputed" | "unsupported";
        };
        DecideVerdictDto: {
            /** @description The passages relied on. verified needs a supporting and disputed a contradicting passage of another article. */
            citations?: components["schemas"]["CitationInputDto"][];
            /** @description Required when the claim is published: the public note shown in the corrections feeds. */
            correctionNote?: string;
            /** @description The editor's note on the decision. */
            note?: string;
            /** @description Required when the claim already has a verdict: changing it is a correction. */
            reason?: string;
            /**
             * @example verified
             * @enum {string}
             */
            verdict: "verified" | "disputed" | "unsupported";
        };
        DecidedDayDto: {
            /** @description YYYY-MM-DD (UTC). */
            day: string;
            disputed: number;
            unsupported: number;
            verified: number;
        };
        EditorDecisionsDto: {
            decisions: number;
            /** @description The token name that decided. */
            editor: string;
        };
        EvidencePassageDto: {
            articleId: string;
            end: number;
            /** @description Why this stance, for a person. */
            reasons: string[];
            revisionId: string;
            /** @description 0..1: relevance × confidence. */
            score: number;
            /** @enum {string} */
            stance: "supports" | "contradicts" | "neutral";
            /** @description Start of the passage in the revision's cleaned text (UTF-16 code units); use it to cite. */
            start: number;
            text: string;
        };
        EvidenceSuggestionDto: {
            /** @description 0..1, calibrated: the share of suggestions resting on the same kind of evidence that were right on labelled outside data. */
            confidence: number;
            /** @description Sentences a person can follow: which sources support or contradict the claim, and why. */
            rationale: string[];
            /**
             * @description Only when the verdict is unsupported: `no-source` when no source addresses the claim, `not-this-fact` when sources discuss it but none states or contradicts this fact.
             * @enum {string}
             */
            unsupportedReason?: "no-source" | "not-this-fact";
            /** @enum {string} */
            verdict: "verified" | "disputed" | "unsupported";
        };
        HealthDto: {
            details: {
                [key: string]: unknown;
            };
            error?: {
                [key: string]: unknown;
            };
            /**
             * @example {
             *       "database": {
             *         "engine": "embedded-pglite",
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
                [key: string]: unknown;
            };
            /**
             * @description `ok` when every dependency is up, `error` otherwise.
             * @enum {string}
             */
            status: "ok" | "error" | "degraded" | "shutting_down";
        };
        LiveEventDto: {
            /** @description e.g. `verdict.decided`, `verdict.corrected`, `claim.created`, `article.created`. */
            action: string;
            /** @description Name of the token that acted. */
            actor: string;
            /** @description After `claim.assigned` and `verdict.reviewed`: the token that has the claim now, so a dashboard can tell its editor "assigned to you". */
            assigneeTokenId: string | null;
            entityId: string;
            entityType: string;
            /** @description The audit event's id; also the SSE `id`. */
            id: string;
            occurredAt: string;
            reason: string | null;
            /** @description The entity's status after the change (claims: open, verified, disputed, unsupported), when it has one. */
            status: string | null;
            /** @description The entity's version after the change (claims: the new ETag value), when it has one. */
            version: number | null;
        };
        LivenessDto: {
            /** @enum {string} */
            status: "ok";
        };
        OutletDisputesDto: {
            /** @description Decisions in the period. */
            decided: number;
            /** @description Of them, disputed. */
            disputed: number;
            /** @description The article's outlet when the claim was decided. */
            outlet: string;
            /** @description disputed / decided, 0 to 1. */
            share: number;
        };
        ProblemDto: {
            /**
             * Format: int32
             * @description precondition-failed / precondition-required: the claim's current version, to read it again before retrying.
             */
            currentVersion?: number;
            /** @description What went wrong with this request, for a person. */
            detail: string;
            /** @description Per-field validation messages. */
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @description The request path. */
            instance?: string;
            /** @description Correlates with the server log. */
            requestId?: string;
            /**
             * @description review-required / not-awaiting-review: where the claim's review stands.
             * @enum {string}
             */
            reviewStatus?: "awaiting" | "approved" | "rejected";
            status: number;
            title: string;
            /**
             * @description Stable problem type, `/problems/<code>`; branch on this.
             * @example /problems/validation-failed
             */
            type: string;
        };
        ProblemFieldError: {
            field: string;
            messages: string[];
        };
        ProblemTypeDto: {
            /** @enum {string} */
            code: "validation-failed" | "malformed-json" | "malformed-id" | "malformed-cursor" | "unauthorized" | "forbidden" | "not-found" | "method-not-allowed" | "conflict" | "precondition-failed" | "precondition-required" | "payload-too-large" | "unsupported-media-type" | "quote-not-found" | "quote-ambiguous" | "span-out-of-range" | "citation-invalid" | "citation-required" | "reason-required" | "correction-note-required" | "verdict-unchanged" | "not-decided" | "review-required" | "not-awaiting-review" | "self-review" | "assignee-invalid" | "idempotency-key-reused" | "empty-article" | "url-not-allowed" | "fetch-failed" | "too-many-requests" | "database-unavailable" | "disk-full" | "storage-read-only" | "internal";
            /** @description The HTTP status that goes with it. */
            status: number;
            title: string;
            /**
             * @description The `type` URI used in problem+json bodies.
             * @example /problems/precondition-failed
             */
            type: string;
        };
        RelatedArticleDto: {
            id: string;
            /** @description How Factdesk names the article (as on `ArticleSummaryDto`): its title; else its outlet and date; else its opening words in quotes. */
            name: string;
            outlet: string | null;
            /** @description The day the article was published, when known (YYYY-MM-DD). */
            publishedOn: string | null;
            title: string | null;
        };
        RelatedClaimDto: {
            /** @description Its article; null for a standalone claim. */
            article: components["schemas"]["RelatedArticleDto"] | (never | null);
            /** @description The earlier claim, decided, with its current verdict and the citations it rests on. */
            claim: components["schemas"]["ClaimDto"];
            /** @description Share of content words the two claims have in common (0..1); 1 when the wordings are equal. */
            similarity: number;
        };
        RelatedClaimsDto: {
            /**
             * @description Decided claims elsewhere that say the same thing: the same wording, or the same words with no
             *     differing number, date, name or negation. Most similar first, at most ten.
             */
            items: components["schemas"]["RelatedClaimDto"][];
        };
        ReviewClaimDto: {
            /** @description true approves the current verdict for publication; false sends it back to the assignee with the note. */
            approve: boolean;
            /** @description What the author should change; required when rejecting. */
            note?: string | null;
        };
        /** @description The change an audit event of action `revision.created` records. */
        RevisionCreatedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "revision.created";
            /** @description State after the change. */
            after: components["schemas"]["AuditRevisionAfterDto"] | (never | null);
            /** @description State before the change. */
            before: components["schemas"]["AuditRevisionBeforeDto"] | (never | null);
            entityId: string;
            /** @enum {string} */
            entityType: "article";
            reason: string | null;
        };
        RevisionSummaryDto: {
            /** @description SHA-256 of the original content (and any restored edits). */
            contentHash: string;
            createdAt: string;
            createdBy: string;
            /** @enum {string} */
            format: "text" | "html" | "page";
            id: string;
            number: number;
        };
        ScoreBucketDto: {
            count: number;
            from: number;
            to: number;
        };
        SourceRangeDto: {
            end: number;
            start: number;
        };
        StatsDto: {
            /** @description Every day of the period, oldest first, zeros included. */
            decidedPerDay: components["schemas"]["DecidedDayDto"][];
            /** @description Decisions per editor in the period, most first (at most 20). */
            decisionsPerEditor: components["schemas"]["EditorDecisionsDto"][];
            /** @description Outlets by disputed share of the period's decisions on their claims, highest first (at most 10; outlets with at least one decision). */
            disputedByOutlet: components["schemas"]["OutletDisputesDto"][];
            /** @description Open claims by check-worthiness, in four quarters from 0 to 1 (the last includes 1). */
            openByScore: components["schemas"]["ScoreBucketDto"][];
            since: string;
            timeToVerdict: components["schemas"]["TimeToVerdictDto"];
            until: string;
        };
        TextEditDto: {
            /** @description Offset in the cleaned `text` where the edit applies. */
            at: number;
            /** @description End in `sourceText`, exclusive. */
            end: number;
            /** @description The text put in its place (a space when glued sentences are split). */
            inserted: string;
            /** @description Why: advertisement, navigation, video-embed, related-link, error-page, separator, sentence-split, whitespace, … */
            reason: string;
            /** @description The text taken out. */
            removed: string;
            /** @description Start in `sourceText` (UTF-16 code units). */
            start: number;
        };
        TextPositionSelectorDto: {
            end: number;
            start: number;
        };
        TextQuoteSelectorDto: {
            /** @example led by Belgian prosecutors */
            exact: string;
            /** @description Text just before the quote. */
            prefix?: string;
            /** @description Text just after the quote. */
            suffix?: string;
        };
        TextSegmentDto: {
            end: number;
            /** @description headline, caption, byline, teaser or off-topic: kept in the text but never extracted as claims. */
            kind: string;
            start: number;
        };
        TimeToVerdictDto: {
            /** @description How many first verdicts the figures are over. */
            count: number;
            /** @description Median wait in seconds; null when there were none. */
            medianSeconds: number | null;
            /** @description 90th percentile wait in seconds; null when there were none. */
            p90Seconds: number | null;
        };
        /** @description The change an audit event of action `token.created` records. */
        TokenCreatedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "token.created";
            /** @description State after the change. */
            after: components["schemas"]["TokenDto"] | (never | null);
            /**
             * @description State before the change.
             * @enum {object|null}
             */
            before: never | null;
            entityId: string;
            /** @enum {string} */
            entityType: "token";
            reason: string | null;
        };
        TokenDto: {
            createdAt: string;
            createdBy: string;
            id: string;
            name: string;
            /** @description The first characters of the secret. */
            prefix: string;
            revokedAt: string | null;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
        };
        TokenOwnerDto: {
            /** @description The token's id (what claims are assigned to); null for the admin token from the environment. */
            id: string | null;
            name: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
        };
        /** @description The change an audit event of action `token.revoked` records. */
        TokenRevokedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "token.revoked";
            /** @description State after the change. */
            after: components["schemas"]["TokenDto"] | (never | null);
            /** @description State before the change. */
            before: components["schemas"]["TokenDto"] | (never | null);
            entityId: string;
            /** @enum {string} */
            entityType: "token";
            reason: string | null;
        };
        UpdateArticleDto: {
            author?: string | null;
            outlet?: string | null;
            /** @description Publication date (YYYY-MM-DD); it tells the evidence rules which event an undated passage reports. */
            publishedOn?: string | null;
            title?: string | null;
        };
        /** @description Sent for the audited actions `verdict.decided`, `verdict.corrected`. */
        VerdictChangedWebhookEvent: {
            /** @description The audit event that announced the change. */
            data: {
                /** @description Name of the token that acted. */
                actor: string;
                /** @description State after the change. */
                after: components["schemas"]["AuditVerdictAfterDto"] | (never | null);
                /** @description State before the change. */
                before: components["schemas"]["AuditVerdictBeforeDto"] | (never | null);
                entityId: string;
                /** @enum {string} */
                entityType: "claim";
                reason: string | null;
            };
            /**
             * Format: uuid
             * @description Unique per event and the same on every retry and for every endpoint: receivers dedupe on it.
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "verdict.changed";
        };
        /** @description The change an audit event of action `verdict.corrected` records. */
        VerdictCorrectedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "verdict.corrected";
            /** @description State after the change. */
            after: components["schemas"]["AuditVerdictAfterDto"] | (never | null);
            /** @description State before the change. */
            before: components["schemas"]["AuditVerdictBeforeDto"] | (never | null);
            entityId: string;
            /** @enum {string} */
            entityType: "claim";
            reason: string | null;
        };
        /** @description The change an audit event of action `verdict.decided` records. */
        VerdictDecidedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "verdict.decided";
            /** @description State after the change. */
            after: components["schemas"]["AuditVerdictAfterDto"] | (never | null);
            /** @description State before the change. */
            before: components["schemas"]["AuditVerdictBeforeDto"] | (never | null);
            entityId: string;
            /** @enum {string} */
            entityType: "claim";
            reason: string | null;
        };
        /** @description The change an audit event of action `verdict.reviewed` records. */
        VerdictReviewedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "verdict.reviewed";
            /** @description State after the change. */
            after: components["schemas"]["AuditReviewAfterDto"] | (never | null);
            /** @description State before the change. */
            before: components["schemas"]["AuditReviewBeforeDto"] | (never | null);
            entityId: string;
            /** @enum {string} */
            entityType: "claim";
            reason: string | null;
        };
        /** @description Sent for the audited action `verdict.reviewed`. */
        VerdictReviewedWebhookEvent: {
            /** @description The audit event that announced the change. */
            data: {
                /** @description Name of the token that acted. */
                actor: string;
                /** @description State after the change. */
                after: components["schemas"]["AuditReviewAfterDto"] | (never | null);
                /** @description State before the change. */
                before: components["schemas"]["AuditReviewBeforeDto"] | (never | null);
                entityId: string;
                /** @enum {string} */
                entityType: "claim";
                reason: string | null;
            };
            /**
             * Format: uuid
             * @description Unique per event and the same on every retry and for every endpoint: receivers dedupe on it.
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "verdict.reviewed";
        };
        /** @description The change an audit event of action `webhook.created` records. */
        WebhookCreatedChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "webhook.created";
            /** @description State after the change. */
            after: components["schemas"]["WebhookDto"] | (never | null);
            /**
             * @description State before the change.
             * @enum {object|null}
             */
            before: never | null;
            entityId: string;
            /** @enum {string} */
            entityType: "webhook";
            reason: string | null;
        };
        WebhookDeliveryDto: {
            /** @description Attempts made so far. */
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            /** @description Sent as Factdesk-Event-Id; the same on every attempt. */
            eventId: string;
            /** @enum {string} */
            eventType: "claim.created" | "verdict.changed" | "claim.published" | "correction.published" | "claim.assigned" | "verdict.reviewed";
            /** @description The delivery's sequence number in the log. */
            id: string;
            lastAttemptAt: string | null;
            lastError: string | null;
            /** @description The HTTP status of the last answer; null when there was none (timeout, refused connection). */
            lastStatusCode: number | null;
            /** @description When the next attempt is due; null once delivered, failed or cancelled. */
            nextAttemptAt: string | null;
            /**
             * @description pending (queued or waiting to retry), delivered, failed (gave up) or cancelled (endpoint disabled).
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed" | "cancelled";
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description The change an audit event of action `webhook.disabled` records. */
        WebhookDisabledChange: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "webhook.disabled";
            /** @description State after the change. */
            after: components["schemas"]["WebhookDto"] | (never | null);
            /** @description State before the change. */
            before: components["schemas"]["WebhookDto"] | (never | null);
            entityId: string;
            /** @enum {string} */
            entityType: "webhook";
            reason: string | null;
        };
        WebhookDto: {
            createdAt: string;
            createdBy: string;
            description: string | null;
            /** @description Set once the endpoint is disabled; it then receives nothing more. */
            disabledAt: string | null;
            events: ("claim.created" | "verdict.changed" | "claim.published" | "correction.published" | "claim.assigned" | "verdict.reviewed")[];
            id: string;
            url: string;
        };
        /** @description The JSON body of a webhook delivery. */
        WebhookEvent: components["schemas"]["ClaimCreatedWebhookEvent"] | components["schemas"]["VerdictChangedWebhookEvent"] | components["schemas"]["ClaimPublishedWebhookEvent"] | components["schemas"]["CorrectionPublishedWebhookEvent"] | components["schemas"]["ClaimAssignedWebhookEvent"] | components["schemas"]["VerdictReviewedWebhookEvent"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listArticles: {
        parameters: {
            query?: {
                /**
                 * @description Text to look for: part of the title or the outlet, or words of the article's text (every word,
                 *     in any form: "teachers" finds "teacher"; stop words alone match nothing in the text).
                 */
                q?: string;
                /**
                 * @description Articles by the claims of their current revision: `open` has an open claim, `checked` has claims
                 *     and none open, `disputed` has a disputed claim.
                 */
                progress?: "open" | "checked" | "disputed";
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePage"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateArticleDto"];
            };
        };
        responses: {
            /** @description An article with this URL and identical content exists, or one without URL with identical content; nothing changed. */
            200: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            /** @description A new article, or a new revision of the article with this URL. */
            201: {
                headers: {
                    /** @description Where the created resource lives. */
                    Location?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed (or just completed): nothing of this one was applied; retry to receive its response. */
            409: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request is well-formed but cannot be applied (see the problem type). */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createArticles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchArticlesDto"];
                "application/x-ndjson": components["schemas"]["BatchArticlesDto"];
            };
        };
        responses: {
            /** @description One result per item, in request order; the request as a whole succeeds. */
            200: {
                headers: {
                    /** @description Batch items this token may send per minute (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN). */
                    "X-RateLimit-Limit-ingest"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Batch items this token has left in the current minute, this batch counted. */
                    "X-RateLimit-Remaining-ingest"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Seconds until the current minute of this token’s ingest budget ends. */
                    "X-RateLimit-Reset-ingest"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResultDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Batch items this token may send per minute (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN). */
                    "X-RateLimit-Limit-ingest"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Batch items this token has left in the current minute, this batch counted. */
                    "X-RateLimit-Remaining-ingest"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Seconds until the current minute of this token’s ingest budget ends. */
                    "X-RateLimit-Reset-ingest"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed (or just completed): nothing of this one was applied; retry to receive its response. */
            409: {
                headers: {
                    /** @description Batch items this token may send per minute (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN). */
                    "X-RateLimit-Limit-ingest"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Batch items this token has left in the current minute, this batch counted. */
                    "X-RateLimit-Remaining-ingest"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Seconds until the current minute of this token’s ingest budget ends. */
                    "X-RateLimit-Reset-ingest"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. Also: more items than this token’s whole ingest budget (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN); send smaller batches. */
            413: {
                headers: {
                    /** @description Batch items this token may send per minute (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN). */
                    "X-RateLimit-Limit-ingest"?: number;
                    /** @description Batch items this token has left in the current minute, this batch counted. */
                    "X-RateLimit-Remaining-ingest"?: number;
                    /** @description Seconds until the current minute of this token’s ingest budget ends. */
                    "X-RateLimit-Reset-ingest"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request cannot be applied (see the problem type); idempotency-key-reused when the Idempotency-Key came with another body. */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The batch does not fit in what is left of this token’s ingest budget this minute (nothing was written), too many writes from this address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Batch items this token may send per minute (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN). */
                    "X-RateLimit-Limit-ingest"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Batch items this token has left in the current minute, this batch counted. */
                    "X-RateLimit-Remaining-ingest"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Seconds until the current minute of this token’s ingest budget ends. */
                    "X-RateLimit-Reset-ingest"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateArticleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listArticleClaims: {
        parameters: {
            query?: {
                /** @description A revision of the article; defaults to the current one. */
                revisionId?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (default 50). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRevisionDto"];
            };
        };
        responses: {
            /** @description Identical to the current revision; nothing changed. */
            200: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            /** @description The new revision is now current. */
            201: {
                headers: {
                    /** @description Where the created resource lives. */
                    Location?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed (or just completed): nothing of this one was applied; retry to receive its response. */
            409: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request cannot be applied (see the problem type); idempotency-key-reused when the Idempotency-Key came with another body. */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                revisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description e.g. `claim`, `article`, `token`. */
                entityType?: string;
                entityId?: string;
                /** @description The acting token's name. */
                actor?: string;
                /** @description e.g. `verdict.decided`, `verdict.corrected`, `claim.created`. */
                action?: string;
                /** @description Only events at or after this time (ISO 8601). */
                since?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listClaimReviews: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (default 50). */
                limit?: number;
                /** @description Only reviews published (or corrected) at or after this time (ISO 8601). */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimReviewPage"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                articleId?: string;
                status?: "open" | "verified" | "disputed" | "unsupported";
                /** @description The claim's main kind. */
                kind?: "quantity" | "date" | "attribution" | "quote" | "entity" | "statement";
                /** @description Claims in articles of this outlet (the exact name, as on the article). */
                outlet?: string;
                /** @description Order: `seq` (creation, the default), `-score` (most check-worthy first, the desk's queue) or `score`; ties follow seq. A cursor belongs to the order it came from. */
                sort?: "seq" | "-score" | "score";
                /** @description Text the claim contains (case-insensitive). */
                q?: string;
                /** @description Claims handed to the calling token (`me`), to another token (its id), or to nobody (`none`). */
                assignee?: string;
                /** @description Where the current verdict stands with its review; `for-me`: awaiting a review the caller may give (decided by someone else). */
                review?: "awaiting" | "approved" | "rejected" | "for-me";
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaimDto"];
            };
        };
        responses: {
            /** @description That span already had a claim; it is returned unchanged. */
            200: {
                headers: {
                    /** @description The claim version; send it back as If-Match. */
                    ETag?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description The claim was created. */
            201: {
                headers: {
                    /** @description The claim version; send it back as If-Match with its first verdict. */
                    ETag?: string;
                    /** @description Where the created resource lives. */
                    Location?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed (or just completed): nothing of this one was applied; retry to receive its response. */
            409: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request is well-formed but cannot be applied (see the problem type). */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    bulkVerdict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkVerdictDto"];
            };
        };
        responses: {
            /** @description One result per item; the request as a whole succeeds. */
            200: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkVerdictResponseDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed (or just completed): nothing of this one was applied; retry to receive its response. */
            409: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request cannot be applied (see the problem type); idempotency-key-reused when the Idempotency-Key came with another body. */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The claim version; send it back as If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    assignClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET /claims/{id}. Required once the claim has an assignee (without it: 428); a stale value gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignClaimDto"];
            };
        };
        responses: {
            /** @description The claim with its assignee. */
            200: {
                headers: {
                    /** @description The new claim version. */
                    ETag?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current version (precondition-failed); nothing was changed. */
            412: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request is well-formed but cannot be applied (see the problem type). */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required here (precondition-required): send the ETag you read. */
            428: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getClaimReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/ld+json when the Accept header asks for it, else application/json. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimReviewDto"];
                    "application/ld+json": components["schemas"]["ClaimReviewDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listComments: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (default 50). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPage"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where the created resource lives. */
                    Location?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed (or just completed): nothing of this one was applied; retry to receive its response. */
            409: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request cannot be applied (see the problem type); idempotency-key-reused when the Idempotency-Key came with another body. */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getClaimEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimEvidenceDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getClaimHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventDto"][];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    publishClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET /claims/{id}; a stale value gets 412. */
                "If-Match"?: string;
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published claim. */
            200: {
                headers: {
                    /** @description The new claim version. */
                    ETag?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current version (precondition-failed); nothing was changed. */
            412: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json (or a +json type). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request is well-formed but cannot be applied (see the problem type). */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listRelatedClaims: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedClaimsDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    reviewClaim: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from GET /claims/{id}: the review is of the verdict you read (without it: 428; stale: 412). */
                "If-Match": string;
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewClaimDto"];
            };
        };
        responses: {
            /** @description The claim with its review. */
            200: {
                headers: {
                    /** @description The new claim version. */
                    ETag?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current version (precondition-failed); nothing was changed. */
            412: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request cannot be applied (see the problem type); idempotency-key-reused when the Idempotency-Key came with another body. */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required here (precondition-required): send the ETag you read. */
            428: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    decideVerdict: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET /claims/{id}. Required once the claim has a verdict (without it: 428); a stale value gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideVerdictDto"];
            };
        };
        responses: {
            /** @description The decided claim. */
            200: {
                headers: {
                    /** @description The new claim version. */
                    ETag?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current version (precondition-failed); nothing was changed. */
            412: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request is well-formed but cannot be applied (see the problem type). */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match is required here (precondition-required): send the ETag you read. */
            428: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listCorrections: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionPage"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description The API token, for clients that cannot send an Authorization header. */
                access_token?: string;
            };
            header?: {
                /** @description The last SSE id received; the stream replays what came after it. */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A text/event-stream; each `audit` event carries one LiveEventDto as JSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["LiveEventDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportClaims: {
        parameters: {
            query: {
                /** @description csv (RFC 4180, one row per claim) or jsonl (one JSON object per line). */
                format: "csv" | "jsonl";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claims, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description The database is down or its storage refuses writes. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
        };
    };
    getStats: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive, ISO 8601); defaults to 30 days before `until`. */
                since?: string;
                /** @description End of the period (exclusive, ISO 8601); defaults to now. */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"][];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where the created resource lives. */
                    Location?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTokenDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed (or just completed): nothing of this one was applied; retry to receive its response. */
            409: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json (or a +json type). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request cannot be applied (see the problem type); idempotency-key-reused when the Idempotency-Key came with another body. */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAssignableTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignableTokenDto"][];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCurrentToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOwnerDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"][];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–200 visible ASCII characters). A retry with the same key and body returns the first response and changes nothing; the same key with another body gets 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where the created resource lives. */
                    Location?: string;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed (or just completed): nothing of this one was applied; retry to receive its response. */
            409: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body is larger than the configured limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body must be application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request cannot be applied (see the problem type); idempotency-key-reused when the Idempotency-Key came with another body. */
            422: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    disableWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many writes from this token or address, or too many failed authentications: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    /** @description Seconds to wait before retrying, when the per-address write limit refused the request. */
                    "Retry-After-ip"?: number;
                    /** @description Seconds to wait before retrying, when the per-token write limit refused the request. */
                    "Retry-After-token"?: number;
                    /** @description Writes this client address may make per minute. */
                    "X-RateLimit-Limit-ip"?: number;
                    /** @description Writes this token may make per minute. */
                    "X-RateLimit-Limit-token"?: number;
                    /** @description Writes this client address has left in the current minute. */
                    "X-RateLimit-Remaining-ip"?: number;
                    /** @description Writes this token has left in the current minute. */
                    "X-RateLimit-Remaining-token"?: number;
                    /** @description Seconds until the current minute for this client address ends. */
                    "X-RateLimit-Reset-ip"?: number;
                    /** @description Seconds until the current minute for this token ends. */
                    "X-RateLimit-Reset-token"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (default 50). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token’s role is too small for this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCorrectionsAtom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0 feed of the newest corrections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Missing, unknown or revoked API token. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with: `Bearer realm="factdesk"`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed authentications from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listProblemTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemTypeDto"][];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "validation-failed" | "malformed-json" | "malformed-id" | "malformed-cursor" | "unauthorized" | "forbidden" | "not-found" | "method-not-allowed" | "conflict" | "precondition-failed" | "precondition-required" | "payload-too-large" | "unsupported-media-type" | "quote-not-found" | "quote-ambiguous" | "span-out-of-range" | "citation-invalid" | "citation-required" | "reason-required" | "correction-note-required" | "verdict-unchanged" | "not-decided" | "review-required" | "not-awaiting-review" | "self-review" | "assignee-invalid" | "idempotency-key-reused" | "empty-article" | "url-not-allowed" | "fetch-failed" | "too-many-requests" | "database-unavailable" | "disk-full" | "storage-read-only" | "internal";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemTypeDto"];
                };
            };
            /** @description No resource with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getReviewPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server-rendered HTML page with the ClaimReview JSON-LD in a script of type application/ld+json. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The id is not a UUID (malformed-id): an HTML page when the Accept header prefers text/html, else problem+json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                    "text/html": string;
                };
            };
            /** @description No published claim with that id: an HTML page when the Accept header prefers text/html, else problem+json. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                    "text/html": string;
                };
            };
            /** @description The database is unavailable; retry after the Retry-After delay. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
