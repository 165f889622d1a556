// Resolves the monorepo aliases (@app/contracts, @app/common, @app/testing) to the compiled
// libraries under dist/ when Parley runs from its build. Loaded with `node --import`.
import { register } from 'node:module';

register('./aliases-hook.mjs', import.meta.url);
