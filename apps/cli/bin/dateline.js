#!/usr/bin/env node
// Committed launcher so npm can link the `dateline` bin before the TypeScript build has run.
import '../dist/main.js';
