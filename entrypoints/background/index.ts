import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from './handlers';
import { lockStorage, registerLifecycle } from './lifecycle';

// Wires the modules; every listener is registered synchronously so a woken worker hears its event.
export default defineBackground(() => {
  lockStorage();
  registerHandlers();
  registerLifecycle();
});
