import * as vscode from 'vscode';
import { entityIcon, TYPE_ORDER } from './entity-icons';
import { ENTITIES_REQUEST, type EntityItem, type RequestSender, type StatusParams } from './protocol';
import { DATELINE_LANGUAGES } from './status-bar';

type Node = { kind: 'group'; type: string; entities: EntityItem[] } | { kind: 'entity'; entity: EntityItem };

/**
 * The Explorer's "Entities" tree for the active editor: one group per entity type (in the core's
 * type order), entities in order of first mention; clicking one reveals its first mention.
 * It asks the server again whenever the active document's status changes.
 */
export class EntitiesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private groups: Node[] = [];
  private uri: string | undefined;
  private generation = 0;

  constructor(
    private readonly client: RequestSender,
    private readonly statusOf: (uri: string) => StatusParams | undefined,
  ) {
    this.view = vscode.window.createTreeView('dateline.entities', {
      treeDataProvider: this,
      showCollapseAll: true,
    });
  }

  /** Follows the active editor, or the analysis of the document shown when `status` is given. */
  async refresh(status?: StatusParams): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      // Focus is on something that is not a text editor (the summary preview, a terminal): keep
      // showing the last document, as the Outline does, and follow its analysis.
      if (status && status.uri === this.uri) await this.load(this.uri);
      return;
    }
    const { document } = editor;
    const uri = DATELINE_LANGUAGES.includes(document.languageId) ? document.uri.toString() : undefined;
    if (status && status.uri !== uri) return;
    await this.load(uri);
  }

  /** A closed document's entities are no use; the next active editor fills the view again. */
  documentClosed(uri: string): void {
    if (uri === this.uri) void this.load(undefined);
  }

  private async load(uri: string | undefined): Promise<void> {
    const generation = ++this.generation;
    const current = uri ? this.statusOf(uri) : undefined;
    let entities: EntityItem[] = [];
    if (uri && current?.state === 'analyzed') {
      try {
        entities = await this.client.sendRequest<EntityItem[]>(ENTITIES_REQUEST, { uri });
      } catch {
        entities = [];
      }
    }
    // A newer load started while this one waited: its answer wins.
    if (generation !== this.generation) return;
    this.uri = uri;
    this.groups = groupByType(entities);
    this.view.description = uri ? basename(vscode.Uri.parse(uri)) : undefined;
    this.view.message = messageFor(uri, current);
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.type, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.entities.length);
      item.iconPath = entityIcon(node.type);
      item.id = `${this.uri}#${node.type}`;
      return item;
    }
    const { entity } = node;
    const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.None);
    item.description = `×${entity.mentions}`;
    item.tooltip = entity.summary;
    item.iconPath = entityIcon(entity.type);
    item.id = `${this.uri}#${entity.id}`;
    item.command = {
      title: 'Go to First Mention',
      command: 'dateline.revealEntity',
      arguments: [this.uri, entity.first],
    };
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups;
    if (node.kind === 'group') return node.entities.map((entity) => ({ kind: 'entity', entity }));
    return [];
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}

function groupByType(entities: EntityItem[]): Node[] {
  const byType = new Map<string, EntityItem[]>();
  for (const entity of entities) {
    const list = byType.get(entity.type) ?? [];
    list.push(entity);
    byType.set(entity.type, list);
  }
  const rank = (type: string) => {
    const index = TYPE_ORDER.indexOf(type);
    return index < 0 ? TYPE_ORDER.length : index;
  };
  return [...byType.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([type, list]) => ({ kind: 'group', type, entities: list }));
}

function messageFor(uri: string | undefined, status: StatusParams | undefined): string | undefined {
  if (!uri) return undefined;
  switch (status?.state) {
    case undefined:
      return 'Analysing…';
    case 'skipped':
      return 'This file does not look like a press release. Run "Dateline: Analyze This File Anyway" to analyse it.';
    case 'too-large':
      return 'This document is larger than dateline.maxDocumentSize.';
    case 'error':
      return `Dateline could not analyse this document${status.reason ? `: ${status.reason}` : '.'}`;
    case 'analyzed':
      return status.entities === 0 ? 'No entities found.' : undefined;
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
