import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cancelPrintOnly, printOnly } from './print-only.js';
import { summaryToText, type SessionSummary, type SessionSummaryStrings } from './session-summary.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Print, Copy and Download for a session summary, and the confirmation to show (and announce)
 * after each. None of them makes a request: the clipboard and a `blob:` download stay on the device.
 */
export class SessionSummaryActions implements ReactiveController {
  /** The last confirmation, e.g. "Copied."; cleared when the summary changes or closes. */
  message = '';
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelPrintOnly(this.host);
  }

  clearMessage(): void {
    if (!this.message) return;
    this.message = '';
    this.host.requestUpdate();
  }

  print(): void {
    this.clearMessage();
    printOnly(this.host);
  }

  async copy(summary: SessionSummary, strings: SessionSummaryStrings): Promise<void> {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(summaryToText(summary));
      this.say(strings.copied);
    } catch {
      // Blocked by the browser, a permission policy or an insecure page: say what still works.
      this.say(strings.copyFailed);
    }
  }

  download(summary: SessionSummary, strings: SessionSummaryStrings): void {
    const blob = new Blob([summaryToText(summary)], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = strings.downloadName;
    link.hidden = true;
    (this.host.shadowRoot ?? this.host).append(link);
    link.click();
    link.remove();
    // Revoke on the next task: the download has started by then.
    setTimeout(() => URL.revokeObjectURL(url));
    this.say(strings.downloaded);
  }

  private say(message: string): void {
    // Empty first so that the same message twice in a row is announced again.
    this.message = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.message = message;
      this.host.requestUpdate();
    });
  }
}
