/** Whether the calendar is narrow (a phone: the agenda, filters in a sheet) and whether the page is being printed. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const NARROW = 600;

// Private members are #fields here and in the other controllers: the embed's minifier shortens those names.
export class LayoutController implements ReactiveController {
  /** At most 600 px wide. */
  narrow = false;
  /** Between the window's beforeprint and afterprint. */
  printing = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #resizeObserver?: ResizeObserver;
  readonly #onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? NARROW + 1) <= NARROW;
      // Re-rendering inside the observer's callback would resize again in the same frame.
      if (narrow !== this.narrow) requestAnimationFrame(() => {
        this.narrow = narrow;
        host.requestUpdate();
      });
    });
    this.#resizeObserver.observe(host);
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
    // Before layout the element has no width yet: guess from the window, so a phone starts with the agenda.
    this.narrow = (host.getBoundingClientRect().width || innerWidth) <= NARROW;
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
  }
}
