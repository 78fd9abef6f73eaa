// Bundle src/ into the site's script: `npm ci && npm run build` (or `make form-bundle`).
// An optional argument writes elsewhere (the CI check builds into a temporary file).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const outfile = process.argv[2]
  || `${here}../generator/site/theme/assets/javascripts/honors-form.js`;

await build({
  entryPoints: [`${here}src/main.js`],
  outfile,
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  charset: "utf8",
  legalComments: "none",
  banner: {
    js: "/* 在线填报 (webform/, built by `make form-bundle`). Bundled: ajv, ajv-i18n, "
      + "json-schema-traverse, fast-deep-equal, js-yaml (MIT); fast-uri (BSD-3-Clause). */",
  },
  logLevel: "warning",
});
