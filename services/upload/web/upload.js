// Sending a thesis: refuse what the server would refuse before a byte leaves,
// then post it and turn any refusal into plain words.
import { bytes } from "./format.js";
import { has, t } from "./i18n.js";

export class Refusal extends Error {}

/** Why this file cannot be sent, in plain words; null when it may go. */
export function refusal(file, maxBytes) {
  if (!/\.docx$/i.test(file.name)) return t("error.not_docx_name", { name: file.name });
  if (file.size === 0) return t("error.empty");
  if (maxBytes && file.size > maxBytes) {
    return t("error.too_big", { size: bytes(file.size), max: bytes(maxBytes) });
  }
  return null;
}

/** The server's refusal: our words for the codes we know, else the server's own. */
export function explain(status, body) {
  const error = body && typeof body === "object" ? body.error : null;
  const code = error && typeof error.code === "string" ? error.code : "";
  const message = error && typeof error.message === "string" ? error.message : "";
  if (code && has(`error.${code}`)) return t(`error.${code}`);
  if (message) return `${t("error.other")} ${t("error.server_said", { message })}`;
  return `${t("error.other")} (HTTP ${status})`;
}

/** Upload; resolves to {job_id, token, …} or rejects with a Refusal to show as is. */
export async function send(file, { language, categories, suggestions = "comments" }) {
  const form = new FormData();
  form.append("file", file, file.name);
  form.append("language", language);
  form.append("suggestions", suggestions);
  if (categories.length) form.append("categories", categories.join(","));
  let response;
  try {
    response = await fetch("/api/jobs", { method: "POST", body: form });
  } catch {
    throw new Refusal(t("error.network"));
  }
  const body = await response.json().catch(() => null);
  if (response.status !== 201 || !body || !body.job_id || !body.token) {
    throw new Refusal(explain(response.status, body));
  }
  return body;
}

export async function loadConfig() {
  try {
    const response = await fetch("/api/config");
    if (response.ok) return await response.json();
  } catch {
    // offline for now: the form still works, the server checks the size
  }
  return { max_upload_bytes: 0, languages: ["auto", "de", "en"], categories: [] };
}
