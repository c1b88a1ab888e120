/** Mozilla's addons-linter, the checks addons.mozilla.org runs on every upload, through its Node API. */
import { createInstance, type LinterConfig, type LinterMessage, type LinterReport } from 'addons-linter';

/** Lints a Firefox package (its folder or its zip) as `addons-linter <path>` would, printing nothing. */
export function addonsLint(path: string): Promise<LinterReport> {
  const config: LinterConfig = {
    _: [path],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: false,
    selfHosted: false,
  };
  // runAsBinary: false, or the linter ends the process when it is done.
  return createInstance({ config, runAsBinary: false }).run();
}

/** A message as one line (code, place, text; the description names the manifest key), for failures that read well. */
export const lineOf = (message: LinterMessage) =>
  `${message.code} ${message.file ?? '-'}:${message.line ?? '-'}:${message.column ?? '-'} ${message.message}: ${message.description}`;
