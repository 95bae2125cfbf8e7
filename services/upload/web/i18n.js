// Every word the page shows, in German (the default) and English.
//
// Static text in index.html carries data-i18n="key"; dynamic text asks t().
// Category names come from the server (/api/config), so the checker and the
// page never disagree about them.

const STRINGS = {
  de: {
    "title": "Korrektur – Abschlussarbeit prüfen",
    "tagline": "Korrekturlesen für Abschlussarbeiten, auf Ihrem eigenen Server",
    "toggle": "English",
    "toggle.label": "Switch to English",
    "upload.heading": "Abschlussarbeit prüfen lassen",
    "upload.intro": "Laden Sie Ihre Arbeit als .docx hoch. Sie erhalten dasselbe Dokument zurück – mit Word-Kommentaren genau an den Stellen, die Aufmerksamkeit brauchen.",
    "upload.drop": "Datei hierher ziehen",
    "upload.or": "oder",
    "upload.pick": "Datei auswählen",
    "upload.hint": "Nur .docx, höchstens {max}",
    "upload.language": "Sprache der Arbeit",
    "upload.categories": "Was soll geprüft werden?",
    "upload.all": "Alles",
    "upload.tracked": "Vorschläge zusätzlich als Änderungen nachverfolgen",
    "upload.sending": "„{name}“ wird hochgeladen …",
    "language.auto": "Automatisch",
    "language.de": "Deutsch",
    "language.en": "Englisch",
    "stage.parsing": "Dokument einlesen",
    "stage.analyzing": "Text prüfen",
    "stage.integrating": "Kommentare einfügen",
    "stage.formatting": "Fertigstellen",
    "status.waiting": "wartet",
    "status.running": "läuft",
    "status.done": "fertig",
    "status.failed": "fehlgeschlagen",
    "status.cancelled": "abgebrochen",
    "job.queued": "In der Warteschlange – die Prüfung beginnt gleich.",
    "job.connecting": "Verbinde …",
    "job.elapsed": "Vergangen",
    "job.eta": "Restzeit",
    "job.eta.unknown": "wird geschätzt …",
    "job.eta.soon": "gleich fertig",
    "job.eta.about": "ca. {time}",
    "job.eta.range": "ca. {low} bis {high}",
    "job.progress": "Fortschritt",
    "job.log": "Verlauf",
    "reconnecting": "Verbindung unterbrochen – wird wiederhergestellt …",
    "denied.heading": "Auftrag nicht gefunden",
    "denied.text": "Diesen Auftrag gibt es nicht, oder der Link gehört nicht dazu. Prüfen Sie den Link oder laden Sie die Datei neu hoch.",
    "done.heading": "Fertig!",
    "done.summary": "{comments} Kommentare in {words} Wörtern · Gesamtzeit {time}",
    "done.download": "Korrigierte Datei herunterladen",
    "done.downloading": "Wird heruntergeladen …",
    "done.findings": "Hinweise nach Kategorie",
    "done.nofindings": "Keine Auffälligkeiten gefunden.",
    "done.timing": "Zeit pro Schritt",
    "findings.heading": "Hinweise im Text",
    "findings.filter": "Kategorie",
    "findings.all": "Alle Kategorien",
    "findings.count": "{shown} von {total} offen",
    "findings.suggestion": "Vorschlag:",
    "findings.dismiss": "Verwerfen",
    "findings.dismissed": "Verworfen",
    "revision.rebuild": "Neu erstellen",
    "revision.hint": "Erstellt die Datei neu, ohne die verworfenen Hinweise.",
    "revision.running": "Neue Fassung wird erstellt … {progress}",
    "revision.completed": "Neue Fassung fertig: {comments} Kommentare.",
    "revision.failed": "Neu erstellen fehlgeschlagen: {message}",
    "failed.heading": "Die Prüfung ist fehlgeschlagen",
    "failed.stage": "Fehlgeschlagen bei: {stage}",
    "cancelled.heading": "Die Prüfung wurde abgebrochen",
    "again": "Andere Datei prüfen",
    "announce.running": "{stage} läuft",
    "announce.done": "{stage} abgeschlossen",
    "announce.completed": "Prüfung abgeschlossen. Die korrigierte Datei kann heruntergeladen werden.",
    "announce.failed": "Die Prüfung ist fehlgeschlagen.",
    "log.created": "Hochgeladen: {name}",
    "log.started": "Prüfung gestartet",
    "log.stage_started": "{stage} gestartet",
    "log.stage_completed": "{stage} abgeschlossen ({time})",
    "log.completed": "Fertig nach {time}",
    "log.failed": "Fehler: {message}",
    "log.cancel_requested": "Abbruch angefordert",
    "log.cancelled": "Abgebrochen",
    "error.not_docx_name": "„{name}“ ist keine .docx-Datei. Bitte speichern Sie Ihre Arbeit in Word als „Word-Dokument (.docx)“.",
    "error.too_big": "Die Datei ist zu groß ({size}). Erlaubt sind höchstens {max}.",
    "error.empty": "Die Datei ist leer (0 Bytes). Bitte wählen Sie Ihre gespeicherte .docx-Datei.",
    "error.not_docx": "Das ist kein gültiges Word-Dokument (.docx). Bitte speichern Sie Ihre Arbeit in Word als .docx.",
    "error.too_large": "Die Datei ist zu groß.",
    "error.too_large_uncompressed": "Das Dokument ist entpackt viel größer als jede Abschlussarbeit.",
    "error.macros": "Das Dokument enthält Makros (.docm). Bitte speichern Sie es als normales Word-Dokument (.docx).",
    "error.encrypted": "Das Dokument ist passwortgeschützt. Entfernen Sie das Passwort in Word und laden Sie es erneut hoch.",
    "error.unsafe_archive": "Der innere Aufbau des Dokuments ist ungewöhnlich und wird aus Sicherheitsgründen abgelehnt.",
    "error.forbidden_xml": "Das Dokument enthält Bestandteile, die Word nie schreibt, und wird aus Sicherheitsgründen abgelehnt.",
    "error.unavailable": "Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.",
    "error.network": "Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    "error.other": "Die Datei wurde abgelehnt.",
    "error.download": "Das Herunterladen hat nicht geklappt: {message}",
    "error.server_said": "Meldung des Servers: {message}",
  },
  en: {
    "title": "Korrektur – check your thesis",
    "tagline": "Proofreading for theses, on your own server",
    "toggle": "Deutsch",
    "toggle.label": "Auf Deutsch umschalten",
    "upload.heading": "Have your thesis checked",
    "upload.intro": "Upload your thesis as .docx. You get the same document back, with Word comments exactly where something needs attention.",
    "upload.drop": "Drop your file here",
    "upload.or": "or",
    "upload.pick": "choose a file",
    "upload.hint": ".docx only, at most {max}",
    "upload.language": "Language of the thesis",
    "upload.categories": "What should be checked?",
    "upload.all": "Everything",
    "upload.tracked": "Also add suggestions as tracked changes",
    "upload.sending": "Uploading “{name}” …",
    "language.auto": "Automatic",
    "language.de": "German",
    "language.en": "English",
    "stage.parsing": "Reading the document",
    "stage.analyzing": "Checking the text",
    "stage.integrating": "Adding comments",
    "stage.formatting": "Finishing",
    "status.waiting": "waiting",
    "status.running": "running",
    "status.done": "done",
    "status.failed": "failed",
    "status.cancelled": "cancelled",
    "job.queued": "Queued – the check starts shortly.",
    "job.connecting": "Connecting …",
    "job.elapsed": "Elapsed",
    "job.eta": "Remaining",
    "job.eta.unknown": "estimating …",
    "job.eta.soon": "almost done",
    "job.eta.about": "about {time}",
    "job.eta.range": "about {low} to {high}",
    "job.progress": "Progress",
    "job.log": "History",
    "reconnecting": "Connection lost – reconnecting …",
    "denied.heading": "Job not found",
    "denied.text": "This job does not exist, or the link does not belong to it. Check the link or upload the file again.",
    "done.heading": "Done!",
    "done.summary": "{comments} comments in {words} words · total time {time}",
    "done.download": "Download the corrected file",
    "done.downloading": "Downloading …",
    "done.findings": "Findings by category",
    "done.nofindings": "Nothing to remark.",
    "done.timing": "Time per step",
    "findings.heading": "Findings in the text",
    "findings.filter": "Category",
    "findings.all": "All categories",
    "findings.count": "{shown} of {total} open",
    "findings.suggestion": "Suggestion:",
    "findings.dismiss": "Dismiss",
    "findings.dismissed": "Dismissed",
    "revision.rebuild": "Rebuild",
    "revision.hint": "Builds the file again, without the dismissed findings.",
    "revision.running": "Building the new version … {progress}",
    "revision.completed": "New version ready: {comments} comments.",
    "revision.failed": "Rebuilding failed: {message}",
    "failed.heading": "The check failed",
    "failed.stage": "Failed while: {stage}",
    "cancelled.heading": "The check was cancelled",
    "again": "Check another file",
    "announce.running": "{stage} running",
    "announce.done": "{stage} done",
    "announce.completed": "Check complete. The corrected file is ready to download.",
    "announce.failed": "The check failed.",
    "log.created": "Uploaded: {name}",
    "log.started": "Check started",
    "log.stage_started": "{stage} started",
    "log.stage_completed": "{stage} done ({time})",
    "log.completed": "Finished after {time}",
    "log.failed": "Error: {message}",
    "log.cancel_requested": "Cancellation requested",
    "log.cancelled": "Cancelled",
    "error.not_docx_name": "“{name}” is not a .docx file. Please save your thesis in Word as “Word Document (.docx)”.",
    "error.too_big": "The file is too large ({size}). At most {max} is allowed.",
    "error.empty": "The file is empty (0 bytes). Please choose your saved .docx file.",
    "error.not_docx": "This is not a valid Word document (.docx). Please save your thesis in Word as .docx.",
    "error.too_large": "The file is too large.",
    "error.too_large_uncompressed": "The document unpacks to far more data than any thesis needs.",
    "error.macros": "The document contains macros (.docm). Please save it as a plain Word document (.docx).",
    "error.encrypted": "The document is password-protected. Remove the password in Word and upload it again.",
    "error.unsafe_archive": "The document's internal structure is unusual and is refused for safety.",
    "error.forbidden_xml": "The document contains parts Word never writes and is refused for safety.",
    "error.unavailable": "The service is unavailable right now. Please try again in a moment.",
    "error.network": "The server cannot be reached. Please check your connection and try again.",
    "error.other": "The file was refused.",
    "error.download": "The download did not work: {message}",
    "error.server_said": "The server said: {message}",
  },
};

export const LANGUAGES = Object.keys(STRINGS);
const STORAGE_KEY = "korrektur.language";
let current = "de";

export const language = () => current;

export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.de[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in vars ? String(vars[name]) : match));
}

export const has = (key) => key in STRINGS[current];

/** German unless the user chose English on this device before. */
export function initialLanguage() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && saved in STRINGS) return saved;
  } catch {
    // storage may be disabled; German it is
  }
  return "de";
}

export function setLanguage(lang, root = document) {
  current = lang in STRINGS ? lang : "de";
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // not remembered, still switched
  }
  root.documentElement.lang = current;
  root.title = t("title");
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll("[data-i18n-label]")) {
    element.setAttribute("aria-label", t(element.dataset.i18nLabel));
  }
}
