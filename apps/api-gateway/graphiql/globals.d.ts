// esbuild bundles imported style sheets into graphiql.css.
declare module '*.css';
