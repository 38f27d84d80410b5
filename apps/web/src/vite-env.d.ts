// Vite client types: CSS side-effect imports and import.meta.env for the web app.
/// <reference types="vite/client" />
