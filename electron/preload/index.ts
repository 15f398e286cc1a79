import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridgeApi } from '../../src/api/client';

// Must match EVENT_CHANNEL in electron/main/ipc-bridge.ts. Duplicated rather than imported so
// the sandboxed preload bundle never pulls in main-process code.
const EVENT_CHANNEL = 'lanyard:event';

interface EventMessage {
  name: string;
  payload: unknown;
}

// The page gets named functions generated from the contract and nothing else: never
// ipcRenderer, never a generic invoke(channel).
contextBridge.exposeInMainWorld(
  'lanyard',
  createBridgeApi({
    invoke: (channel, arg) => ipcRenderer.invoke(channel, arg),
    subscribe: (listener) => {
      const handler = (_event: IpcRendererEvent, message: EventMessage): void =>
        listener(message.name, message.payload);
      ipcRenderer.on(EVENT_CHANNEL, handler);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, handler);
      };
    },
  }),
);
