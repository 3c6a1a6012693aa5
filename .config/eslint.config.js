// ESLint flat config (kept in .config/ so the repository root stays as the project guide fixes it).
// The layer rules below hold the direction of the code: policy <- case <- chat <- service <- adapters
// and commands; the store is reached by the service and the modules beside it (evidence, paperwork,
// reports, orders) and by the composition roots (commands/, app.ts), never by adapters or the core.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** The import paths of a folder of src/ (`app` is the file src/app.ts). */
const inside = (folder) => (folder === 'app' ? '**/app.ts' : `**/${folder}/*`);

/** `no-restricted-imports` for a layer: the folders (under src/) it must not import. */
function mayNotImport(folders, { except = [], message } = {}) {
  return [
    'error',
    {
      patterns: [
        {
          group: [...folders.map(inside), ...except.map((e) => `!**/${e}`)],
          message: message ?? `this layer may not import ${folders.join(', ')} (see .config/eslint.config.js)`,
        },
      ],
    },
  ];
}

const PLATFORM_LIBRARIES = ['drizzle-orm*', '@electric-sql/*', 'pg', '@slack/*', 'discord.js', 'node:*'];
const ABOVE_CHAT = ['service', 'store', 'evidence', 'paperwork', 'reports', 'orders', 'commands', 'adapters', 'app', 'config'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'drizzle/**', '.rma-desk/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Customers type anything: no pattern may take more than linear time on what it reads (issue 13).
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/case/**', 'src/policy/**'],
    rules: {
      // The domain core is pure: no platform library, no database, no clock, nothing above it.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: PLATFORM_LIBRARIES, message: 'the domain core is pure: no platform library, database or I/O' },
            { group: ['chat', ...ABOVE_CHAT].map(inside), message: 'the domain core (case, policy) imports nothing above it' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'time is an input of the domain core' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'time is an input of the domain core',
        },
      ],
    },
  },
  {
    files: ['src/policy/**'],
    rules: {
      'no-restricted-imports': mayNotImport(['case', 'chat', ...ABOVE_CHAT], {
        message: 'policy is the innermost layer: it imports nothing else of src/',
      }),
    },
  },
  {
    // What people write and read: on top of the core, below everything that does I/O.
    files: ['src/chat/**'],
    rules: {
      'no-restricted-imports': mayNotImport(ABOVE_CHAT, { message: 'chat/ words and parses; it may import only case/ and policy/' }),
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': mayNotImport(
        ['chat', 'service', 'evidence', 'paperwork', 'reports', 'orders', 'commands', 'adapters', 'app'],
        { message: 'the store is the bottom of the I/O layers: it may import only case/, policy/ and config/' },
      ),
    },
  },
  {
    // Beside the service, used by it (and by the CLI): never the other way round, so no cycle.
    files: ['src/evidence/**', 'src/paperwork/**', 'src/reports/**', 'src/orders/**'],
    rules: {
      'no-restricted-imports': mayNotImport(['chat', 'service', 'commands', 'adapters', 'app'], {
        message: 'evidence, paperwork, reports and orders are used by the service and the CLI; they do not import them (nor chat/)',
      }),
    },
  },
  {
    files: ['src/service/**'],
    rules: {
      'no-restricted-imports': mayNotImport(['adapters', 'commands', 'reports', 'app'], {
        message: 'the service never reaches up into adapters or commands',
      }),
    },
  },
  {
    // Adapters translate: one call in (Desk), messages out (Delivery). Nothing else of the program.
    files: ['src/adapters/**'],
    rules: {
      'no-restricted-imports': mayNotImport(
        ['service', 'store', 'case', 'chat', 'policy', 'evidence', 'paperwork', 'reports', 'orders', 'commands', 'app'],
        {
          except: ['service/messages.ts', 'service/desk.ts'],
          message: 'adapters reach the program only through service/desk.ts and service/messages.ts',
        },
      ),
    },
  },
);
