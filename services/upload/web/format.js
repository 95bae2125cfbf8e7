// Numbers, sizes and durations the way each language writes them.
import { language } from "./i18n.js";

const locale = () => (language() === "en" ? "en-GB" : "de-DE");

export function bytes(count) {
  const mb = count / (1024 * 1024);
  if (mb >= 1) return `${number(mb, mb >= 10 ? 0 : 1)} MB`;
  return `${number(Math.max(count / 1024, 0.1), 1)} KB`;
}

export function number(value, digits = 0) {
  return new Intl.NumberFormat(locale(), {
    maximumFractionDigits: digits, minimumFractionDigits: digits,
  }).format(value);
}

/** "0,4 s", "12 s", "3:05 min": short, and precise where it matters. */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return "–";
  const value = Math.max(seconds, 0);
  if (value > 0 && value < 0.05) return `< ${number(0.1, 1)} s`;
  if (value < 10) return `${number(value, 1)} s`;
  const whole = Math.round(value);
  if (whole < 60) return `${whole} s`;
  const rest = String(whole % 60).padStart(2, "0");
  return `${Math.floor(whole / 60)}:${rest} min`;
}

export const percent = (value) => `${Math.floor(value)} %`;
