/**
 * Local rule: dated "drop after" notes on selector and label fallbacks.
 *
 * X changes its markup often, so src/page keeps old selector forms next to new
 * ones with a note such as `// drop after 2027-06`. This rule keeps those notes
 * honest: every comment that says "drop after" (any case) must
 * give an ISO date right after it (YYYY-MM or YYYY-MM-DD), and that date must not
 * have passed. A month-only date runs to the end of that month.
 *
 * The literal placeholders YYYY-MM and YYYY-MM-DD are accepted so that a comment
 * can describe the convention itself.
 *
 * Option: { today: 'YYYY-MM-DD' } fixes the date to compare with (for tests);
 * otherwise today's UTC date is used.
 */

const NOTE = /drop\s+after/gi;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const PLACEHOLDER = /^YYYY-MM(?:-DD)?$/;

/** @param {string} token */
function parseDate(token) {
  const m = ISO.exec(token);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return token;
}

/** Has `date` (YYYY-MM or YYYY-MM-DD) passed on `today` (YYYY-MM-DD)? */
function hasPassed(date, today) {
  return date.length === 7 ? today.slice(0, 7) > date : today > date;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'require a future ISO date after every "drop after" note' },
    schema: [
      {
        type: 'object',
        properties: { today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
        additionalProperties: false,
      },
    ],
    messages: {
      passed: "this fallback's drop-after date has passed: remove it or give a new date with a reason ({{date}})",
      missing: 'a "drop after" note needs an ISO date right after it: drop after YYYY-MM or YYYY-MM-DD',
      invalid: '"{{token}}" is not a real date: write drop after YYYY-MM or YYYY-MM-DD',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const today = context.options[0]?.today ?? new Date().toISOString().slice(0, 10);
    return {
      Program() {
        for (const comment of sourceCode.getAllComments()) {
          // Both // and /* open with two characters before comment.value.
          const start = comment.range[0] + 2;
          for (const match of comment.value.matchAll(NOTE)) {
            const after = comment.value.slice(match.index + match[0].length);
            // The date follows after spaces or a colon; trailing punctuation is not part of it.
            const token = (/^[\s:]*([^\s]*)/.exec(after)?.[1] ?? '').replace(/[.,;:)\]'"`]+$/, '');
            const loc = {
              start: sourceCode.getLocFromIndex(start + match.index),
              end: sourceCode.getLocFromIndex(start + match.index + match[0].length),
            };
            if (PLACEHOLDER.test(token)) continue;
            if (!/^\d/.test(token)) {
              context.report({ loc, messageId: 'missing' });
              continue;
            }
            const date = parseDate(token);
            if (date === null) context.report({ loc, messageId: 'invalid', data: { token } });
            else if (hasPassed(date, today)) context.report({ loc, messageId: 'passed', data: { date } });
          }
        }
      },
    };
  },
};
