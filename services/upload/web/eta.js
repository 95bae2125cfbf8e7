// A remaining-time estimate that counts down smoothly instead of jumping.
//
// Between server updates the estimate simply counts down with the clock. A
// new server ETA does not replace it but pulls it part of the way (an
// exponential moving average), so noise in the server's measurements does not
// make the number jump back and forth.
const PULL = 0.3;

export class EtaSmoother {
  constructor(now = () => performance.now()) {
    this.now = now;
    this.base = null; // seconds remaining at `at`
    this.at = 0;
  }

  reset() {
    this.base = null;
  }

  /** A new ETA from the server, in seconds (null = unknown, keeps counting down). */
  update(etaS) {
    if (etaS === null || etaS === undefined) return;
    const predicted = this.remaining();
    this.base = predicted === null ? etaS : predicted + PULL * (etaS - predicted);
    this.at = this.now();
  }

  /** Seconds left now, or null before any estimate. */
  remaining() {
    if (this.base === null) return null;
    return Math.max(0, this.base - (this.now() - this.at) / 1000);
  }
}
