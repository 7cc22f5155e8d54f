// The checks of a package as published, apart from running them (scripts/check-packages.mjs), so tests can show
// each one failing.

/** What is wrong with a package's package.json, as sentences. */
export function metadataProblems(manifest, name, rootManifest) {
  const githubPage = rootManifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
  const problems = [];
  const expect = (field, actual, expected) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      problems.push(`"${field}" is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  expect("name", manifest.name, `@gentask/${name}`);
  expect("license", manifest.license, "MIT");
  expect("repository", manifest.repository, { ...rootManifest.repository, directory: `packages/${name}` });
  expect("homepage", manifest.homepage, `${githubPage}/tree/main/packages/${name}#readme`);
  expect("bugs", manifest.bugs, rootManifest.bugs);
  expect("engines", manifest.engines, rootManifest.engines);
  expect("type", manifest.type, "module");
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0) problems.push('"keywords" is empty');
  if (!manifest.description) problems.push('"description" is empty');
  return problems;
}

/** What is wrong with a package's README, as npm's site shows it. */
export function readmeProblems(readme, packageName) {
  const problems = [];
  const escapedName = packageName.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  if (!new RegExp(`^npm install [^\\n]*${escapedName}(\\s|$)`, "m").test(readme))
    problems.push(`the README shows no \`npm install\` line for ${packageName}`);
  if (!/ESM-only/.test(readme)) problems.push("the README does not say the package is ESM-only");
  // npm's site resolves no relative link: each must be absolute (or an anchor on the page).
  for (const [, target] of readme.matchAll(/\]\(([^)\s]+)[^)]*\)/g))
    if (!/^(https?:|mailto:|#)/.test(target)) problems.push(`the README links to "${target}", which breaks on npm`);
  return problems;
}

/** What is missing from the files a package's tarball would hold. */
export function tarballProblems(files, manifest) {
  const required = ["LICENSE", "README.md", "package.json", ...Object.values(manifest.bin ?? {})].map((path) =>
    path.replace(/^\.\//, ""),
  );
  const problems = required.filter((path) => !files.includes(path)).map((path) => `the tarball has no ${path}`);
  // Each folder or file that "files" names must be there: one made by the build (dist/, mock's specs/) is missing
  // when the build did not run, or when a build cache restored only part of what it writes.
  for (const entry of manifest.files ?? []) {
    const path = entry.replace(/^\.\//, "").replace(/\/$/, "");
    if (path.startsWith("!") || /[*?[{]/.test(path)) continue;
    if (!files.some((file) => file === path || file.startsWith(`${path}/`)))
      problems.push(`the tarball has nothing of "${entry}", which "files" lists`);
  }
  return problems;
}
