// Copy the built @bounced/core into a temporary node_modules, installed the way a user gets it, and
// measure that copy: every section then times the same build even if dist/ is rebuilt meanwhile, and
// `import("@bounced/core")` resolves through node_modules exactly as in a user's project.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CORE = fileURLToPath(new URL("../packages/core/", import.meta.url));

/** Wait up to 30 s for a build that is being written (tsup cleans dist/ first, e.g. in watch mode). */
function waitForBuild(core) {
  const files = ["dist/index.js", "dist/index.cjs"].map((file) => join(core, file));
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (let tries = 0; tries < 60 && !files.every((file) => existsSync(file)); tries++)
    Atomics.wait(wait, 0, 0, 500);
  return files.every((file) => existsSync(file));
}

/** `core`: the package directory to copy (package.json and dist/); another build of core can be given. */
export function snapshotCore(core = CORE) {
  const src = core.endsWith("/") ? core : `${core}/`;
  if (!waitForBuild(src)) {
    throw new Error(
      "packages/core/dist is missing: run `pnpm --filter @bounced/core build` (pnpm bench does)",
    );
  }
  const root = mkdtempSync(join(tmpdir(), "bounced-bench-"));
  const dir = join(root, "node_modules/@bounced/core");
  const pkg = JSON.parse(readFileSync(join(src, "package.json"), "utf8"));
  for (const entry of ["package.json", ...pkg.files]) {
    if (existsSync(join(src, entry))) cpSync(join(src, entry), join(dir, entry), { recursive: true });
  }
  return {
    /** A directory whose node_modules holds the copy: run `node` here to import "@bounced/core". */
    root,
    dir,
    version: pkg.version,
    esmEntry: join(dir, "dist/index.js"),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
