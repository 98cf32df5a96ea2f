/** Whether `path` is `route` as express routes it: in any case, with or without a trailing slash. */
export const isRoute = (path: string, route: string) =>
  path.replace(/\/+$/, '').toLowerCase() === route.toLowerCase()
