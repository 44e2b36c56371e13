import { z } from 'zod';
import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from './handlers';
import { installStorageChecks } from '@/lib/storage/checks';
import { lockStorage, registerLifecycle } from './lifecycle';
import { registerOutbox } from './outbox';
import { registerBulk } from './bulk/register';
import { registerContextMenus } from './context-menus/register';
import { registerNotificationClicks } from './notify';
import { openEntryForm, openFollowUp, openRecentInvites } from './open-form';
import { registerExpiringCheck } from './follow-up/expiring';
import { registerInviteIndex } from './invite-index/register';
import { registerSidePanel } from './side-panel';
import { registerHostPermissionWatch } from './host-permission';
import { afterAccessGranted } from './access-granted';

// Wires the modules; every listener is registered synchronously so a woken worker hears its event.
export default defineBackground(() => {
  // No runtime code generation: MV3's CSP forbids it, and zod would otherwise probe for it.
  z.config({ jitless: true });
  // Everything read back from storage is checked against its schema before use (docs/security.md SEC-8).
  installStorageChecks();
  void lockStorage();
  registerHandlers();
  registerLifecycle();
  registerHostPermissionWatch(afterAccessGranted);
  registerOutbox();
  registerBulk();
  registerContextMenus();
  registerNotificationClicks({ recent: openRecentInvites, form: openEntryForm, followUp: openFollowUp });
  registerInviteIndex();
  registerExpiringCheck();
  registerSidePanel();
});
