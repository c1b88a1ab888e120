// @vitest-environment node
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import rule from '../../../eslint-rules/drop-after-date.js';

// RuleTester calls describe/it/afterAll itself; hand it vitest's.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
const today = [{ today: '2026-12-02' }];

ruleTester.run('drop-after-date', rule, {
  valid: [
    { code: "const a = ['new', 'old']; // drop after 2027-06", options: today },
    { code: '// Drop after 2026-12-31: the old layout is gone by then\nconst a = 1;', options: today },
    { code: '/* DROP AFTER 2026-12 (this month still counts) */ const a = 1;', options: today },
    { code: '// drop after 2026-12-02', options: today },
    { code: '// drop after: 2027-01-15.', options: today },
    { code: '/** keep the old one with a note "drop after YYYY-MM" */ const a = 1;', options: today },
    { code: '// a comment without the phrase, 2020-01', options: today },
    { code: "const s = 'drop after 2020-01'; // a string, not a comment", options: today },
    // Without the option the rule compares with today's date.
    { code: '// drop after 2999-01' },
  ],
  invalid: [
    {
      code: "const a = ['new', 'old']; // drop after 2026-06",
      options: today,
      errors: [{ messageId: 'passed', data: { date: '2026-06' }, line: 1, column: 30 }],
    },
    { code: '// drop after 2026-12-01', options: today, errors: [{ messageId: 'passed' }] },
    { code: '// drop after 2020-01-01', errors: [{ messageId: 'passed' }] },
    { code: "const a = ['new', 'old']; // drop after", options: today, errors: [{ messageId: 'missing' }] },
    { code: '// drop after the redesign ships', options: today, errors: [{ messageId: 'missing' }] },
    { code: '/* keep the old form with a dated "drop after" note */', options: today, errors: [{ messageId: 'missing' }] },
    { code: '// drop after 2027', options: today, errors: [{ messageId: 'invalid', data: { token: '2027' } }] },
    { code: '// drop after 2027-13', options: today, errors: [{ messageId: 'invalid' }] },
    { code: '// drop after 2027-02-30', options: today, errors: [{ messageId: 'invalid' }] },
    { code: '// drop after 27-06', options: today, errors: [{ messageId: 'invalid' }] },
    {
      code: '/*\n * drop after 2027-06 for one,\n * drop after 2025-01 for the other\n */',
      options: today,
      errors: [{ messageId: 'passed', line: 3, column: 4 }],
    },
  ],
});
