#!/usr/bin/env node
// Committed launcher so npm can link the `dateline` bin before the build (scripts/bundle.mjs) has run.
import '../dist/main.js';
