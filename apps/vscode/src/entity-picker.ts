import * as vscode from 'vscode';
import { entityIconId, TYPE_ORDER } from './entity-icons';
import { revealRange } from './navigation';
import { ENTITIES_REQUEST, type EntityItem, type RequestSender } from './protocol';

interface EntityPick extends vscode.QuickPickItem {
  entity?: EntityItem;
}

/** "Dateline: List Entities": a quick pick of the document's entities grouped by type; picking one reveals its first mention. */
export async function pickEntity(client: RequestSender, document: vscode.TextDocument): Promise<void> {
  const uri = document.uri.toString();
  const entities = await client.sendRequest<EntityItem[]>(ENTITIES_REQUEST, { uri });
  if (entities.length === 0) {
    void vscode.window.showInformationMessage('Dateline found no entities in this document.');
    return;
  }
  const picked = await vscode.window.showQuickPick(toPicks(entities), {
    title: 'Dateline: entities',
    placeHolder: 'Type to filter by name, type or summary; Enter goes to the first mention',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.entity) await revealRange(uri, picked.entity.first);
}

function toPicks(entities: EntityItem[]): EntityPick[] {
  const picks: EntityPick[] = [];
  const types = [...new Set(entities.map((entity) => entity.type))].sort(
    (a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b),
  );
  for (const type of types) {
    picks.push({ label: type, kind: vscode.QuickPickItemKind.Separator });
    for (const entity of entities) {
      if (entity.type !== type) continue;
      picks.push({
        label: `$(${entityIconId(type)}) ${entity.name}`,
        description: `×${entity.mentions}`,
        detail: entity.summary,
        entity,
      });
    }
  }
  return picks;
}
