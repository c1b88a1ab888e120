/** The project's own ESLint rules, used in eslint.config.js as the `local` plugin. */
import dropAfterDate from './drop-after-date.js';

export default {
  meta: { name: 'local' },
  rules: { 'drop-after-date': dropAfterDate },
};
