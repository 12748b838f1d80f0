// Strict, offline schema validation of rendered Kubernetes manifests.
//
//   kubectl kustomize deploy/k8s/overlays/production | node deploy/k8s/validate.mjs [--kube-version]
//   node deploy/k8s/validate.mjs rendered.yaml [more.yaml ...]
//
// Two passes over every document, both from npm packages pinned in deploy/package.json:
//  1. The JSON-schema validators compiled into kubernetes-models (Kubernetes' OpenAPI) and
//     @kubernetes-models/prometheus-operator (the operator's CRD schemas: ServiceMonitor, PrometheusRule, ...):
//     required fields, types, enums, formats and patterns.
//  2. The TypeScript declarations of the same packages, checked by the TypeScript compiler: every document is
//     written as an object literal typed with its kind's interface, so an unknown (e.g. misspelled) field at any
//     depth is an excess-property error, and a missing required field an error too. The schemas compiled in pass 1
//     allow unknown fields (as the API server's non-strict decoding does); pass 2 is what makes the check strict.
// A kind that neither package knows is an error: nothing passes unvalidated.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const deployDir = dirname(here);

// apiVersion -> module prefix; the kind's module is `${prefix}/${Kind}`.
function modulePath(apiVersion, kind) {
  if (!apiVersion || !kind) return null;
  if (apiVersion.startsWith("monitoring.coreos.com/")) {
    return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  }
  return `kubernetes-models/${apiVersion}/${kind}`; // "v1" (core) or "group/version"
}

function readInputs(args) {
  const files = args.filter((a) => !a.startsWith("--"));
  if (files.length === 0) return [{ name: "<stdin>", text: readFileSync(0, "utf8") }];
  return files.map((f) => ({ name: f, text: readFileSync(f, "utf8") }));
}

const docs = [];
let failures = 0;
for (const { name, text } of readInputs(process.argv.slice(2))) {
  for (const d of parseAllDocuments(text)) {
    if (d.errors.length) {
      console.error(`${name}: YAML error: ${d.errors[0].message}`);
      failures++;
      continue;
    }
    const obj = d.toJS();
    if (obj == null) continue;
    const id = `${name}: ${obj.kind ?? "?"}/${obj.metadata?.name ?? "?"}`;
    docs.push({ id, obj });
  }
}

// Pass 1: compiled JSON schemas.
for (const doc of docs) {
  const mod = modulePath(doc.obj.apiVersion, doc.obj.kind);
  let Model;
  try {
    Model = (await import(mod))[doc.obj.kind];
  } catch {
    Model = undefined;
  }
  if (typeof Model !== "function") {
    console.error(`${doc.id}: no schema for apiVersion ${doc.obj.apiVersion}, kind ${doc.obj.kind}`);
    failures++;
    continue;
  }
  doc.module = mod;
  try {
    new Model(doc.obj).validate();
  } catch (e) {
    console.error(`${doc.id}: ${e.message}`);
    failures++;
  }
}

// Pass 2: TypeScript excess-property and required-property checks.
const known = docs.filter((d) => d.module);
const lines = [];
const owners = []; // line index -> doc
known.forEach((doc, i) => {
  lines.push(`import type { I${doc.obj.kind} as T${i} } from ${JSON.stringify(doc.module)};`);
  owners.push(doc);
});
known.forEach((doc, i) => {
  const body = JSON.stringify(doc.obj, null, 2).split("\n");
  body[0] = `export const r${i}: T${i} = ${body[0]}`;
  body[body.length - 1] += ";";
  for (const l of body) {
    lines.push(l);
    owners.push(doc);
  }
});
const source = lines.join("\n") + "\n";
const virtualName = join(deployDir, "__manifests__.ts");
const options = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
};
const host = ts.createCompilerHost(options);
const readFile = host.readFile.bind(host);
const fileExists = host.fileExists.bind(host);
const getSourceFile = host.getSourceFile.bind(host);
host.readFile = (f) => (f === virtualName ? source : readFile(f));
host.fileExists = (f) => f === virtualName || fileExists(f);
host.getSourceFile = (f, lang, ...rest) =>
  f === virtualName ? ts.createSourceFile(f, source, lang) : getSourceFile(f, lang, ...rest);
const program = ts.createProgram([virtualName], options, host);
for (const diag of ts.getPreEmitDiagnostics(program)) {
  const msg = ts.flattenDiagnosticMessageText(diag.messageText, "\n  ");
  if (diag.file && diag.file.fileName === virtualName && diag.start !== undefined) {
    const { line } = diag.file.getLineAndCharacterOfPosition(diag.start);
    const text = lines[line]?.trim() ?? "";
    console.error(`${owners[line]?.id ?? "?"}: at \`${text}\`: ${msg}`);
  } else {
    console.error(`TypeScript: ${msg}`);
  }
  failures++;
}

if (failures > 0) {
  console.error(`${failures} schema error(s) in ${docs.length} document(s)`);
  process.exit(1);
}
console.log(`${docs.length} document(s) valid: ${docs.map((d) => d.obj.kind).join(", ")}`);
