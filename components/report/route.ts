/**
 * The report's views as URL hashes, so a stream's page or a comparison can be bookmarked and printed:
 * "#stream=<id>", "#compare=<id>&with=<id>", anything else the list. Ids are URI-encoded (they hold ":").
 */
export type Route = { view: 'list' } | { view: 'stream'; streamId: string } | { view: 'compare'; a: string; b: string };

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const stream = params.get('stream');
  if (stream) return { view: 'stream', streamId: stream };
  const a = params.get('compare');
  const b = params.get('with');
  if (a && b) return { view: 'compare', a, b };
  return { view: 'list' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'list':
      return '#list';
    case 'stream':
      return `#${new URLSearchParams({ stream: route.streamId })}`;
    case 'compare':
      return `#${new URLSearchParams({ compare: route.a, with: route.b })}`;
  }
}
