// Props and events of the famcal elements in Vue templates, generated from custom-elements.json.
import type {} from '@famcal/elements/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
