// A worker thread does not inherit the tsx loader its parent registered, so this plain-JS entry
// registers it before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
