/**
 * The Node flags the VS Code extension starts its language server with (SERVER_NODE_FLAGS in
 * apps/vscode/src/extension.ts): the benches start the server as the extension does.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];
