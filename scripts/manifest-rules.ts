/**
 * What wxt.config.ts does to the generated manifest, as pure functions (tested in
 * tests/unit/scripts/manifest-rules.test.ts; WXT's own manifest types are looser than needed here).
 */
type Manifest = {
  manifest_version?: number;
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: (string | { matches?: string[] })[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
};

/** The demo dashboard and the e2e fixture pages: local addresses only the development build reads. */
const LOCAL = /^[^:]+:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//;

/** Whether the build reads local pages: `LES_LOCAL_PAGES=1` (npm test, the demo), never the store zips. */
export const readsLocalPages = (env: Record<string, string | undefined>): boolean => env.LES_LOCAL_PAGES === '1';

/** The production manifest: no content script or resource for localhost or 127.0.0.1 (a script left with none goes). */
export function withoutLocalPages<M extends Manifest>(manifest: M): M {
  const scripts = manifest.content_scripts
    ?.map((c) => ({ ...c, matches: c.matches?.filter((m) => !LOCAL.test(m)) }))
    .filter((c) => (c.matches?.length ?? 0) > 0);
  const resources = manifest.web_accessible_resources
    ?.map((r) => (typeof r === 'string' ? r : { ...r, matches: r.matches?.filter((m) => !LOCAL.test(m)) }))
    .filter((r) => typeof r === 'string' || (r.matches?.length ?? 0) > 0);
  return {
    ...manifest,
    ...(scripts && { content_scripts: scripts }),
    ...(resources && { web_accessible_resources: resources }),
  };
}

/**
 * Manifest V2 (Firefox) has no optional_host_permissions: its optional host patterns go in
 * optional_permissions, or the popup's "Pick the number on this page" cannot ask for the site. WXT drops
 * the key for MV2 without moving it, so this puts the patterns there itself.
 */
export function optionalHostsForMv2<M extends Manifest>(manifest: M, hosts: readonly string[]): M {
  if (manifest.manifest_version !== 2) return manifest;
  const { optional_host_permissions: _dropped, ...rest } = manifest;
  return { ...rest, optional_permissions: [...new Set([...(manifest.optional_permissions ?? []), ...hosts])] } as M;
}
