import { ContentScriptContext } from 'wxt/utils/content-script-context';
import script from './content';

// What WXT's build wraps a content script's module in: its context, then `main`.
const { main, ...options } = script;
void main(new ContentScriptContext('content', options));
