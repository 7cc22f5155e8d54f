// `node scripts/check-system-tools.mjs`: one line per program the tests need that is missing, with the command
// that installs it; exits 1 when one is. With `--debian-packages`: the Debian packages that bring the
// missing ones, space-separated (`.ci/run` installs them), exit 0.
import { describeMissing, missingSystemTools } from "./lib/system-tools.mjs";

const missing = missingSystemTools();
if (process.argv.includes("--debian-packages")) {
  console.log(missing.map((tool) => tool.debianPackage).join(" "));
} else {
  for (const tool of missing) console.error(describeMissing(tool));
  process.exitCode = missing.length > 0 ? 1 : 0;
}
