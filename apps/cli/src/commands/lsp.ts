/** `dateline lsp --stdio`: the language server for any editor (Emacs eglot, Neovim, Helix, VS Code). */
import { ExitStatus } from '../errors.js';
import type { CommandModule } from './types.js';

export interface LspOptions {
  stdio?: boolean;
}

const EXAMPLES = ['dateline lsp --stdio'];

export const lspCommand: CommandModule = {
  name: 'lsp',
  examples: EXAMPLES,
  register(program, { setStatus }) {
    program
      .command('lsp')
      .summary('start the language server (LSP over standard input and output)')
      .description(
        'Start the Dateline language server: entity colours, hovers, inline hints, navigation and editorial ' +
          'checks in any editor that speaks the Language Server Protocol. Messages go over standard input and ' +
          'output; the server runs until the editor asks it to exit. See docs/language-server.md.',
      )
      .option('--stdio', 'talk LSP over standard input and output (the default and only transport)')
      .addHelpText(
        'after',
        `
Examples:
  $ dateline lsp --stdio
  Emacs (eglot):  (add-to-list 'eglot-server-programs '(text-mode "dateline" "lsp" "--stdio"))
  Neovim:         vim.lsp.start({ name = 'dateline', cmd = { 'dateline', 'lsp', '--stdio' } })`,
      )
      .action(async (_options: LspOptions) => {
        // Loaded only for this command: the other commands never pay for the LSP libraries.
        const { createServerConnection, startServer } = await import('@dateline/language-server');
        startServer(createServerConnection({ stdio: true }));
        // The process now lives as long as the connection; the server exits on the client's `exit`.
        setStatus(ExitStatus.Ok);
      });
  },
};
