// @ts-check
// ESLint, flat config: typescript-eslint and eslint-plugin-astro's recommended rules, plus the rules of this code
// base that a reviewer would otherwise check by hand. The layering (which folder may import which) is written with
// `no-restricted-imports`, and « one module per rule » (site paths only in src/lib/urls.ts, the paragraph-id pattern
// only in src/lib/ids.ts, search filter values only from SEARCH_TYPES, no report's words in the code) with
// `no-restricted-syntax`. Each is proven by a planted violation in tests/unit/eslint-rules.test.ts.
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** The site's own top-level paths, built only by src/lib/urls.ts. */
const SITE_PATHS = '(resolutions|reunions|rapports|chronologie|glossaire|recherche)';

/**
 * A layer's import rule, as regular expressions over import sources: `message` says what the layer may import.
 * @param {string[]} forbidden
 * @param {string} message
 * @returns {import('eslint').Linter.RulesRecord}
 */
const onlyImports = (forbidden, message) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((regex) => ({ regex, message })) }],
});
/** Astro itself (`astro`, `astro:content`…), but not its bundled libraries (`astro/zod`, `astro/loaders`). */
const ASTRO = '^astro(:.*)?$';
/** Anything of src/ outside src/lib/, from a folder beside it. */
const OUTSIDE_LIB = '^\\.\\./(?!lib/)';

/** `no-restricted-syntax` entries of « one module per rule », each with the module that owns the rule. */
const SITE_PATH_RULES = [
  {
    selector: `Literal[value=/^\\/${SITE_PATHS}\\//]`,
    message: 'Chemin du site écrit à la main : passez par un constructeur de src/lib/urls.ts.',
  },
  {
    selector: `TemplateElement[value.raw=/^\\/${SITE_PATHS}\\//]`,
    message: 'Chemin du site écrit à la main : passez par un constructeur de src/lib/urls.ts.',
  },
  {
    selector: `TemplateElement[tail=false][value.raw=/(${SITE_PATHS}\\/|\\/#|^#[sp])$/]`,
    message: 'Chemin ou ancre du site construit à la main : passez par src/lib/urls.ts.',
  },
];
const PARAGRAPH_ID_RULES = [
  {
    selector: 'Literal[regex.pattern=/^\\^?#?p\\\\d|p\\[0-9\\]|\\^p\\(/]',
    message: 'Motif d’id de paragraphe : il est écrit une seule fois, dans src/lib/ids.ts (PARAGRAPH_ID).',
  },
];
const SEARCH_TYPE_RULES = [
  {
    selector: 'Literal[value=/^type:/]',
    message: 'Valeur du filtre de recherche écrite à la main : searchTypeFilter() de src/lib/search-filters.ts.',
  },
  {
    selector: 'TemplateElement[value.raw=/^type:/]',
    message: 'Valeur du filtre de recherche écrite à la main : searchTypeFilter() de src/lib/search-filters.ts.',
  },
];
/** Words of a report: they belong in content/, never in src/. */
const REPORT_WORDS = 'GTC[-\\u2011]SMSI\\/ODD|4[34]ème|Lesufi|SMSI\\+20 de';
const REPORT_WORD_RULES = ['Literal', 'TemplateElement', 'JSXText'].map((node) => ({
  selector: `${node}[${node === 'TemplateElement' ? 'value.raw' : 'value'}=/${REPORT_WORDS}/]`,
  message: 'Mots d’un rapport dans le code : ils appartiennent à content/ (content/site.yaml, rapport.yaml…).',
}));

/** Reads of content/ in a unit test (a reader called on a content/ path, or an import from content/). */
const READERS =
  'readFileSync|readFile|readdirSync|readdir|existsSync|statSync|createReadStream|contentData|readContentFile|glob|globSync';
const CONTENT_PATH = '^(\\.\\/)?content(\\/|$)';
const UNIT_TEST_RULES = [
  ...[
    `CallExpression[callee.name=/^(${READERS})$/] > Literal.arguments:first-child[value=/${CONTENT_PATH}/]`,
    `CallExpression[callee.name=/^(${READERS})$/] > TemplateLiteral.arguments:first-child > TemplateElement:first-child[value.raw=/${CONTENT_PATH}/]`,
    `CallExpression[callee.name=/^(${READERS})$/] > CallExpression.arguments:first-child[callee.name=/^(join|resolve)$/] > Literal.arguments:first-child[value=/${CONTENT_PATH}/]`,
    'ImportDeclaration[source.value=/^(\\.\\.\\/)+content\\//]',
  ].map((selector) => ({
    selector,
    message:
      'Un test unitaire ne lit pas content/ : il a ses propres entrées (tests/fixtures/unit/) ; le vrai contenu se vérifie dans tests/build/.',
  })),
];

const ONE_MODULE_PER_RULE = [...SITE_PATH_RULES, ...PARAGRAPH_ID_RULES, ...SEARCH_TYPE_RULES, ...REPORT_WORD_RULES];

/**
 * `no-restricted-syntax` for files under `src/`, without the rules whose owner `file` is.
 * @param {{ except?: string[] }} [options]
 * @returns {import('eslint').Linter.RulesRecord}
 */
const oneModulePerRule = ({ except = [] } = {}) => ({
  'no-restricted-syntax': [
    'error',
    ...ONE_MODULE_PER_RULE.filter((rule) => !except.some((owner) => rule.message.includes(owner))),
  ],
});

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', 'tmp/', '.astro/', 'node_modules/', 'tests/fixtures/', 'public/'] },
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      // The code base types plugin and tree shapes it does not own (unified, hast) with `any` in a few places.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layering: content/ → content.config.ts → src/lib → src/plugins → views; each folder imports downstream only.
  { files: ['src/**/*.{ts,astro,mjs}'], rules: oneModulePerRule() },
  { files: ['src/lib/urls.ts'], rules: oneModulePerRule({ except: ['src/lib/urls.ts'] }) },
  { files: ['src/lib/ids.ts'], rules: oneModulePerRule({ except: ['src/lib/ids.ts'] }) },
  { files: ['src/lib/search-filters.ts'], rules: oneModulePerRule({ except: ['src/lib/search-filters.ts'] }) },
  {
    files: ['src/lib/**/*.ts'],
    rules: onlyImports(
      ['^astro([:/].*)?$', '^\\.\\./'],
      'src/lib/ est pur : il n’importe rien d’Astro ni des autres dossiers de src/ (seulement src/lib/ et des paquets).',
    ),
  },
  {
    files: ['src/schemas/**/*.ts'],
    rules: onlyImports(
      ['^astro(:.*|/(?!zod$).*)?$', OUTSIDE_LIB],
      'Un schéma importe astro/zod et src/lib/ seulement.',
    ),
  },
  {
    files: ['src/plugins/**/*.ts'],
    rules: onlyImports(
      [ASTRO, OUTSIDE_LIB],
      'Un plugin est un adaptateur mince : il importe src/lib/ (et ses voisins de src/plugins/) seulement ; le reste arrive en options.',
    ),
  },
  {
    files: ['src/loaders/**/*.ts'],
    rules: onlyImports([ASTRO, OUTSIDE_LIB], 'Le chargeur importe src/lib/ (et astro/loaders, astro/zod) seulement.'),
  },
  {
    files: ['src/scripts/**/*.ts'],
    rules: onlyImports(
      ['^astro([:/].*)?$', '^node:', OUTSIDE_LIB],
      'Le JavaScript du navigateur importe src/lib/ seulement (rien de Node ni d’Astro).',
    ),
  },
  {
    files: ['src/integrations/**/*.ts'],
    rules: onlyImports(
      ['^astro:', OUTSIDE_LIB],
      'Une intégration (étape de construction) importe src/lib/ et l’API d’Astro seulement.',
    ),
  },
  {
    files: ['tests/unit/**/*.ts'],
    rules: /** @type {import('eslint').Linter.RulesRecord} */ ({
      'no-restricted-syntax': ['error', ...UNIT_TEST_RULES],
    }),
  },
  {
    // The browser project runs without isolation (one Chromium per worker): its files share the module of
    // tests/helpers/browser-test.ts, so a file-level `test.override` would leak into every later file of the worker.
    files: ['tests/e2e/**/*.ts'],
    rules: /** @type {import('eslint').Linter.RulesRecord} */ ({
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Program > ExpressionStatement > CallExpression[callee.object.name='test'][callee.property.name='override']",
          message:
            'test.override au niveau du fichier vaut pour les fichiers suivants du même worker (isolate: false) : le mettre dans un describe.',
        },
      ],
    }),
  },
);
