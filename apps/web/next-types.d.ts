// The types Next.js declares for an app (next-env.d.ts has the same references, but `next build`
// and `next dev` write that file, so a fresh clone has none): `tsc -p apps/web/tsconfig.json`
// works before the first build too.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
