interface ImportMeta {
  /** Vite's build-time glob import (vitest runs the tests through Vite). */
  glob(pattern: string, options: object): Record<string, string>;
}
