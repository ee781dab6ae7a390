import { createApp } from 'vue';
// Registers <famcal-calendar> (and loads its other parts when they are needed).
import '@famcal/elements/define/famcal-calendar.js';
import App from './App.vue';

createApp(App).mount('#app');
