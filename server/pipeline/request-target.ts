/**
 * The request line's target as a path. HTTP/1.1 servers must accept the absolute form
 * (`POST http://host/Flexjob/IsAlive`), and every later step matches on the path. Express reads
 * any target that does not start with "/" through Node's deprecated url.parse, which prints a
 * deprecation warning for some (`http://[::1/...`) and makes Express answer with its own HTML
 * page, so the server hands Express only targets in origin form.
 */

/** The target in origin form: an absolute URL's path and query; anything else as an unknown path. */
export function originFormOf(target: string): string {
  if (target.startsWith("/")) return target;
  const url = URL.canParse(target) ? new URL(target) : undefined;
  if (url?.pathname.startsWith("/")) return url.pathname + url.search;
  // Not an operation's path, so it is answered 404 like any other unknown path.
  return `/${encodeURIComponent(target)}`;
}
