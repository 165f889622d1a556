/** Types of tools/image-deps.mjs (a plain script, run by the Dockerfile). */
export interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}
/** The packages (not node: builtins) that the app's compiled code imports, following its own files. */
export function importedPackages(app: string, dist?: string): Set<string>;
/** The image's package.json: every dependency the app needs, as pinned in the root one; no devDependencies. */
export function imagePackageJson(app: string, pkg?: PackageJson, dist?: string): PackageJson;
