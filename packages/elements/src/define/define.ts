/** Registers a custom element once: loading the script twice (two embeds on one page) must not throw. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
