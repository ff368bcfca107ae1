// The single entry point. Every export becomes a top-level Apps Script global
// (scripts/globals.ts generates the wrappers). No logic lives here.
export { onOpen, onInstall, showSidebar } from './gas/menu.ts';
export { getTemplates, scaffoldTemplate } from './gas/rpc.ts';
