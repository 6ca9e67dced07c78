export declare const webDir: string;
export declare const webDist: string;
export declare function hasWebApp(): boolean;
export declare function webBuildReason(): string | null;
export declare function buildWebIfNeeded(opts?: {
  log?: (line: string) => void;
}): Promise<'skipped' | 'fresh' | 'built'>;
export declare function buildWebTo(outDir: string): Promise<void>;
