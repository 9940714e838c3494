;;; eglot-check.el --- Dateline's language server seen from Emacs eglot  -*- lexical-binding: t; -*-

;; Run by tests/editors/eglot.e2e.test.ts, or by hand:
;;
;;   emacs --batch -Q -l tests/editors/eglot-check.el FILE HOVER-LINE HOVER-COLUMN \
;;         DEFINITION-LINE DEFINITION-COLUMN SERVER-PROGRAM SERVER-ARGS...
;;
;; e.g. ... seed.txt 10 4 10 4 node apps/cli/bin/dateline.js lsp --stdio
;; (lines 0-based, columns in UTF-16 code units, as in LSP).
;;
;; It registers the server for text-mode the way a user's init file would (eglot-server-programs,
;; language id "plaintext" like VS Code's), visits FILE, connects, asks for a hover and a definition
;; at the given positions, and prints one line to stdout:
;;
;;   DATELINE-EGLOT-RESULT {"server": ..., "hover": <Hover>, "definition": <Location(s)>}
;;
;; Anything else (eglot's own messages) goes to stderr. Exit status 0 on success, 1 on error, 2 when
;; the whole check overruns its deadline.

(require 'package)
;; `emacs -Q' skips site-lisp and the site start files that activate Debian's elpa-* packages:
;; activate them here, from Debian's package directory only (a nonexistent user directory keeps
;; ~/.emacs.d/elpa out, so the check sees the same eglot on every machine).
(setq package-directory-list '("/usr/share/emacs/site-lisp/elpa")
      package-user-dir (expand-file-name "dateline-eglot-check-no-user-packages" temporary-file-directory))
(package-initialize)
(require 'eglot)
(require 'json)

(defconst dateline-check-deadline 150
  "Seconds before the check gives up; the test's own timeout is longer.")

(defun dateline-check--fail (status format-string &rest args)
  "Report the failure, with what the server wrote to stderr (eglot keeps it in a buffer), and exit."
  (message "eglot-check: %s" (apply #'format format-string args))
  (dolist (buffer (buffer-list))
    (when (string-match-p "stderr" (buffer-name buffer))
      (message "--- %s ---\n%s" (buffer-name buffer)
               (with-current-buffer buffer (buffer-substring-no-properties (point-min) (point-max))))))
  (kill-emacs status))

(defun dateline-check--goto (line column)
  "Move to LINE (0-based) and COLUMN (UTF-16 code units), the way eglot reads LSP positions."
  (widen)
  (goto-char (eglot--lsp-position-to-point (list :line line :character column))))

(defun dateline-check--run (file hover-line hover-column definition-line definition-column contact)
  (setq eglot-server-programs `((((text-mode :language-id "plaintext")) . ,contact)))
  ;; Block until the server has answered `initialize' (never wait for a user, never run detached).
  (setq eglot-sync-connect t
        eglot-connect-timeout 60
        eglot-autoshutdown nil
        eglot-events-buffer-size 0)
  (find-file file)
  (unless (derived-mode-p 'text-mode)
    (dateline-check--fail 1 "%s opened in %s, not text-mode" file major-mode))
  ;; What `eglot-ensure' does on the next command (batch Emacs runs no commands).
  (apply #'eglot (eglot--guess-contact))
  (let ((server (eglot-current-server)))
    (unless (and server (jsonrpc-running-p server) eglot--managed-mode)
      (dateline-check--fail 1 "eglot did not connect to %S" contact))
    (message "eglot-check: connected to %s" (jsonrpc-name server))
    (let* ((hover (progn (dateline-check--goto hover-line hover-column)
                         (jsonrpc-request server :textDocument/hover
                                          (eglot--TextDocumentPositionParams)
                                          :timeout 60)))
           (definition (progn (dateline-check--goto definition-line definition-column)
                              (jsonrpc-request server :textDocument/definition
                                               (eglot--TextDocumentPositionParams)
                                               :timeout 60))))
      (princ (format "DATELINE-EGLOT-RESULT %s\n"
                     (json-encode (list :server (jsonrpc-name server)
                                        :hover (or hover :null)
                                        :definition (or definition :null)))))
      (ignore-errors (eglot-shutdown server)))))

(let ((args command-line-args-left))
  ;; Everything after `-l eglot-check.el' is ours: keep Emacs from visiting it as files.
  (setq command-line-args-left nil)
  (unless (>= (length args) 6)
    (dateline-check--fail 1 "usage: FILE HOVER-LINE HOVER-COLUMN DEF-LINE DEF-COLUMN PROGRAM ARGS..."))
  (run-at-time dateline-check-deadline nil
               (lambda () (dateline-check--fail 2 "no result within %s s" dateline-check-deadline)))
  (condition-case err
      (dateline-check--run (expand-file-name (nth 0 args))
                           (string-to-number (nth 1 args)) (string-to-number (nth 2 args))
                           (string-to-number (nth 3 args)) (string-to-number (nth 4 args))
                           (nthcdr 5 args))
    (error (dateline-check--fail 1 "%s" (error-message-string err))))
  (kill-emacs 0))

;;; eglot-check.el ends here
