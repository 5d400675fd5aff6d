// Placeholder loader; the content-script issue replaces it with the lazy loader.
export {};
