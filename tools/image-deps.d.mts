/** Types of tools/image-deps.mjs (a plain script, run by the Dockerfile). */
/** package.json "imports": a specifier and its targets by condition ("default": the compiled file). */
export type Imports = Record<string, string | { default: string; [condition: string]: string }>;
export interface PackageJson {
  dependencies: Record<string, string>;
  imports?: Imports;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}
/** The packages (not node: builtins) that the app's compiled code imports, following its own files and the libraries of `imports` (the root package.json's by default). */
export function importedPackages(app: string, dist?: string, imports?: Imports): Set<string>;
/** The image's package.json: every dependency the app needs, as pinned in the root one; no devDependencies. */
export function imagePackageJson(app: string, pkg?: PackageJson, dist?: string): PackageJson;
