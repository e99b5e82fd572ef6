import type { Response } from 'express';

const etagOf = (version: number) => `"${version}"`;

/** If-Match per RFC 9110: absent or `*` matches; otherwise one of the listed (weak or strong) tags must equal the version. */
export function matchesVersion(ifMatch: string | undefined, version: number): boolean {
  if (ifMatch === undefined || ifMatch.trim() === '*') return true;
  return ifMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etagOf(version));
}

/** Sends a versioned resource with its ETag so the client can send it back as If-Match. */
export function withEtag<T extends { version: number }>(res: Response, resource: T): T {
  res.setHeader('ETag', etagOf(resource.version));
  return resource;
}
