// A small fake of the `vscode` API for unit tests of the views (vitest aliases `vscode` to this
// file): real enough to read back what the user would see, nothing more.
export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class ThemeIcon {
  constructor(readonly id: string) {}
}

export class TreeItem {
  description?: string;
  tooltip?: string;
  iconPath?: ThemeIcon;
  id?: string;
  command?: { title: string; command: string; arguments?: unknown[] };
  constructor(
    readonly label: string,
    readonly collapsibleState: TreeItemCollapsibleState,
  ) {}
}

export class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => undefined };
  };
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export const Uri = {
  parse(value: string) {
    const url = new URL(value);
    return {
      scheme: url.protocol.slice(0, -1),
      path: decodeURIComponent(url.pathname),
      toString: () => value,
    };
  },
};

export interface FakeDocument {
  uri: { path: string; toString(): string };
  languageId: string;
}

export function fakeDocument(uri: string, languageId: string): FakeDocument {
  return { uri: Uri.parse(uri), languageId };
}

export interface FakeStatusBarItem {
  text: string;
  tooltip?: string;
  command?: unknown;
  backgroundColor?: ThemeColor;
  visible: boolean;
}

/** What the tests set (the active editor, settings) and read back (the status bar, the tree view). */
export const fake = {
  activeDocument: undefined as FakeDocument | undefined,
  settings: {} as Record<string, unknown>,
  statusBarItem: undefined as FakeStatusBarItem | undefined,
  treeView: undefined as { description?: string; message?: string } | undefined,
  reset(): void {
    fake.activeDocument = undefined;
    fake.settings = {};
  },
};

export const window = {
  get activeTextEditor() {
    return fake.activeDocument ? { document: fake.activeDocument } : undefined;
  },
  createStatusBarItem(): FakeStatusBarItem & { name?: string; show(): void; hide(): void; dispose(): void } {
    const item = {
      text: '',
      visible: false,
      show() {
        item.visible = true;
      },
      hide() {
        item.visible = false;
      },
      dispose() {},
    };
    fake.statusBarItem = item;
    return item;
  },
  createTreeView() {
    const view = { description: undefined, message: undefined, dispose() {} };
    fake.treeView = view;
    return view;
  },
};

export const workspace = {
  getConfiguration(section: string) {
    return { get: (key: string) => fake.settings[`${section}.${key}`] };
  },
};
