export interface BuildPart {
  name: 'tab' | 'server';
  /** The npm script that builds it. */
  script: string;
  /** Files and folders (relative to the root) it is built from. */
  sources: string[];
  /** Files a successful build leaves. */
  outputs: string[];
  /** Written after a successful build; its time is the build's. */
  stamp: string;
}
export declare const BUILD_PARTS: BuildPart[];
export declare function newestMtime(root: string, paths: string[]): number;
export declare function staleReason(root: string, part: BuildPart): string | undefined;
export declare function staleParts(
  root: string,
  parts?: BuildPart[],
): { part: BuildPart; reason: string }[];
export declare function begin(root: string, part: BuildPart): void;
export declare function done(root: string, part: BuildPart): void;
