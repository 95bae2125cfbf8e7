// The page: an upload form, or the live view of the job named in the URL fragment.
//
// The fragment (#job=…&token=…) is the whole page state: it never reaches a
// server log, it survives a reload, and it can be opened in another tab. Each
// tab folds its own job's events, so tabs never interfere.
import { bytes, number, percent } from "./format.js";
import { apply, initialState } from "./fold.js";
import { initialLanguage, language, setLanguage, t } from "./i18n.js";
import { MessageLog } from "./log.js";
import { JobStream } from "./stream.js";
import { FindingList, dismiss } from "./findings.js";
import { download, renderResult } from "./summary.js";
import { Refusal, explain, loadConfig, refusal, send } from "./upload.js";
import { JobView, stageName } from "./view.js";

const $ = (id) => document.getElementById(id);
const TICK_MS = 250;

let config = { max_upload_bytes: 0, languages: ["auto", "de", "en"], categories: [] };
let labels = new Map();
let job = null;

// -- routing -------------------------------------------------------------------

function fragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  return { id: params.get("job"), token: params.get("token") };
}

function route() {
  const { id, token } = fragment();
  if (job && job.id === id && job.token === token) return;
  if (job) job.stream.stop();
  job = null;
  if (id && token) watch(id, token);
  else showUpload();
}

function leave() {
  history.pushState(null, "", location.pathname + location.search);
  route();
}

// -- the upload form -------------------------------------------------------------

function showUpload() {
  $("job-view").hidden = true;
  $("upload-view").hidden = false;
  $("upload-status").textContent = "";
  $("file-input").value = "";
  document.body.dataset.view = "upload";
}

function renderChoices() {
  $("drop-hint").textContent = config.max_upload_bytes
    ? t("upload.hint", { max: bytes(config.max_upload_bytes) }) : "";
  const list = $("category-list");
  const checked = new Set([...list.querySelectorAll("input:checked")].map((box) => box.value));
  const fresh = list.children.length === 0;
  list.replaceChildren(...config.categories.map(({ code }) => {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = "categories";
    box.value = code;
    box.checked = fresh || checked.has(code);
    label.append(box, ` ${labels.get(code)?.[language()] ?? code}`);
    return label;
  }));
  $("category-choice").hidden = config.categories.length === 0;
}

function chosenCategories() {
  const boxes = [...$("category-list").querySelectorAll("input")];
  const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
  // Everything (or nothing) ticked: send none, which means every category.
  return chosen.length === boxes.length ? [] : chosen;
}

function showUploadError(message) {
  const box = $("upload-error");
  box.textContent = message;
  box.hidden = message === "";
}

async function upload(file) {
  showUploadError("");
  const reason = refusal(file, config.max_upload_bytes);
  if (reason !== null) {
    showUploadError(reason);
    return;
  }
  $("upload-status").textContent = t("upload.sending", { name: file.name });
  $("drop-zone").classList.add("busy");
  try {
    const created = await send(file, {
      language: $("language-choice").value,
      categories: chosenCategories(),
      suggestions: $("tracked-choice").checked ? "tracked" : "comments",
    });
    location.hash = new URLSearchParams({ job: created.job_id, token: created.token }).toString();
  } catch (error) {
    $("upload-status").textContent = "";
    showUploadError(error instanceof Refusal ? error.message : t("error.network"));
  } finally {
    $("drop-zone").classList.remove("busy");
    $("file-input").value = "";
  }
}

function wireUploadForm() {
  const zone = $("drop-zone");
  $("file-input").addEventListener("change", (change) => {
    const [file] = change.target.files;
    if (file) upload(file);
  });
  $("upload-form").addEventListener("submit", (submit) => submit.preventDefault());
  zone.addEventListener("dragover", (drag) => {
    drag.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (drop) => {
    drop.preventDefault();
    zone.classList.remove("over");
    const [file] = drop.dataTransfer.files;
    if (file) upload(file);
  });
}

// -- watching a job ----------------------------------------------------------------

function watch(id, token) {
  $("upload-view").hidden = true;
  $("job-view").hidden = false;
  document.body.dataset.view = "job";
  for (const section of ["result", "failure", "denied", "again", "connection-notice"]) {
    $(section).hidden = true;
  }
  $("download-error").hidden = true;
  const current = {
    id,
    token,
    state: initialState(),
    seqs: [],
    view: new JobView(),
    log: new MessageLog($("log")),
    findings: new FindingList(async (findingId) => {
      await dismiss(id, token, findingId);
      // A live socket brings the decision anyway; once the job ended, read it from the log.
      if (current.stream.ended) await current.stream.catchUp();
    }),
    connection: "connecting",
  };
  current.log.clear();
  current.view.update(current.state, { type: "none" });
  current.findings.redraw(current.state, labels);
  current.stream = new JobStream({
    jobId: id,
    token,
    onFrame: (frame) => received(current, frame),
    onStatus: (status) => connectionChanged(current, status),
  });
  job = current;
  current.stream.start();
}

function received(current, frame) {
  if (current !== job) return;
  const before = current.state;
  const after = apply(before, frame.event);
  current.state = after;
  current.seqs.push(frame.seq);
  current.log.add(frame, before);
  current.view.update(after, frame.event);
  if (frame.event.type === "findings_reported" || frame.event.type === "finding_dismissed") {
    current.findings.render(after, labels);
  }
  announce(before, after);
  renderOutcome(after);
}

function connectionChanged(current, status) {
  if (current !== job) return;
  current.connection = status;
  $("job-view").dataset.connection = status;
  const notice = $("connection-notice");
  notice.hidden = status !== "reconnecting";
  notice.textContent = status === "reconnecting" ? t("reconnecting") : "";
  if (status === "denied" || status === "broken") {
    $("denied").hidden = false;
    $("again").hidden = false;
    $("current-message").textContent = "";
  }
}

function renderOutcome(state) {
  const finished = ["completed", "failed", "cancelled"].includes(state.status);
  const refused = job !== null && ["denied", "broken"].includes(job.connection);
  $("again").hidden = !(finished || refused);
  $("result").hidden = state.status !== "completed";
  $("failure").hidden = state.status !== "failed" && state.status !== "cancelled";
  if (state.status === "completed") {
    renderResult(state, labels);
    renderRevision(state);
  }
  if (state.status === "failed" || state.status === "cancelled") {
    $("failure-heading").textContent = t(`${state.status}.heading`);
    const stage = state.error?.stage ?? null;
    $("failure-stage").textContent = stage ? t("failed.stage", { stage: stageName(stage) }) : "";
    $("failure-message").textContent = state.error?.message ?? "";
  }
}

/** Tell screen readers what changed: the newest stage change, or the end. */
function announce(before, after) {
  let text = "";
  for (const [name, stage] of Object.entries(after.stages)) {
    if (before.stages[name]?.status === stage.status) continue;
    if (stage.status === "running") text = t("announce.running", { stage: stageName(name) });
    if (stage.status === "done" && after.status !== "completed") {
      text = t("announce.done", { stage: stageName(name) });
    }
  }
  if (after.status !== before.status && after.status === "completed") text = t("announce.completed");
  if (after.status !== before.status && after.status === "failed") text = t("announce.failed");
  if (text) $("announcer").textContent = text;
}

function renderRevision(state) {
  const revision = state.revision;
  const running = revision !== null && revision.status === "running";
  const button = $("rebuild");
  button.disabled = running;
  button.title = t("revision.hint");
  const status = $("revision-status");
  if (revision === null) status.textContent = "";
  else if (running) status.textContent = t("revision.running", { progress: percent(revision.progress) });
  else if (revision.status === "completed") {
    status.textContent = t("revision.completed", { comments: number(revision.comments_inserted ?? 0) });
  } else status.textContent = t("revision.failed", { message: revision.error?.message ?? "" });
  $("download").disabled = running;
}

/** Ask for the result again from the findings left, then follow the rebuild live. */
async function rebuild() {
  if (!job || job.state.status !== "completed") return;
  const current = job;
  $("rebuild").disabled = true;
  const response = await fetch(`/api/jobs/${encodeURIComponent(current.id)}/revisions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${current.token}` },
  }).catch(() => null);
  if (response === null || response.status !== 202) {
    const body = response ? await response.json().catch(() => null) : null;
    $("revision-status").textContent = response ? explain(response.status, body) : t("error.network");
    $("rebuild").disabled = false;
    return;
  }
  current.stream.resume();
}

async function downloadResult() {
  if (!job || job.state.status !== "completed") return;
  const button = $("download");
  const error = $("download-error");
  error.hidden = true;
  button.disabled = true;
  try {
    await download(job.id, job.token, job.state.result_name ?? "korrigiert.docx");
  } catch (failure) {
    error.textContent = t("error.download", { message: failure.message });
    error.hidden = false;
  } finally {
    button.disabled = false;
  }
}

// -- start ---------------------------------------------------------------------------

function switchLanguage() {
  setLanguage(language() === "de" ? "en" : "de");
  renderChoices();
  if (job) {
    job.view.render();
    job.log.redraw();
    job.findings.redraw(job.state, labels);
    renderOutcome(job.state);
    connectionChanged(job, job.connection);
  }
}

/** A read-only look at the page's job, for tests and for debugging in the console. */
function snapshot() {
  if (!job) return null;
  return structuredClone({
    job_id: job.id, seqs: job.seqs, state: job.state, connection: job.connection,
  });
}

async function main() {
  setLanguage(initialLanguage());
  wireUploadForm();
  $("language-toggle").addEventListener("click", switchLanguage);
  $("download").addEventListener("click", downloadResult);
  $("rebuild").addEventListener("click", rebuild);
  $("again").addEventListener("click", leave);
  window.addEventListener("hashchange", route);
  window.korrektur = Object.freeze({ snapshot });
  setInterval(() => job?.view.tick(), TICK_MS);
  route();
  config = await loadConfig();
  labels = new Map(config.categories.map((category) => [category.code, category]));
  renderChoices();
  document.body.dataset.ready = "true";
  if (job) {
    renderOutcome(job.state);
    job.findings.redraw(job.state, labels);
  }
}

main();
