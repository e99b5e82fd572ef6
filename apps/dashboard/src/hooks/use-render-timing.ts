import { useEffect } from 'react';

/** For `npm run bench`: time from the article data's arrival to the first paint of its text. */
export function useRenderTiming(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    requestAnimationFrame(() => {
      performance.mark('fd:article-painted');
      performance.measure('fd:article-render', 'fd:article-data', 'fd:article-painted');
    });
  }, [ready]);
}
