// Runs the page's fold (services/upload/web/fold.js) over every shared vector.
// Usage: node fold_vectors.mjs <fold.js> <fold_vectors.json>; prints the states as JSON.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [foldPath, vectorsPath] = process.argv.slice(2);
const { fold } = await import(pathToFileURL(foldPath).href);
const vectors = JSON.parse(readFileSync(vectorsPath, "utf8"));
process.stdout.write(JSON.stringify(vectors.map((vector) => fold(vector.events))));
