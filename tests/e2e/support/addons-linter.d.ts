/**
 * The part of addons-linter's Node API the tests use (the package ships no types): see its
 * README, "Linter API Usage", and `Linter#output` in its dist/addons-linter.js.
 */
declare module 'addons-linter' {
  export interface LinterMessage {
    /** "error", "warning" or "notice" */
    _type: string;
    code: string;
    message: string;
    description: string;
    /** relative to the package; absent for messages about the whole package */
    file?: string;
    line?: number;
    /** 1-based */
    column?: number;
  }

  export interface LinterReport {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    errors: LinterMessage[];
    notices: LinterMessage[];
    warnings: LinterMessage[];
  }

  /** The first argument of the command line, and its options (the rest default to the linter's own). */
  export interface LinterConfig {
    /** the package: a folder or a zip */
    _: [string];
    logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
    stack: boolean;
    pretty: boolean;
    warningsAsErrors: boolean;
    metadata: boolean;
    output: 'json' | 'text' | 'none';
    boring: boolean;
    selfHosted: boolean;
  }

  export function createInstance(options: { config: LinterConfig; runAsBinary?: boolean }): { run(): Promise<LinterReport> };
}
