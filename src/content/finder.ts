/**
 * Lazy stage 0, loaded on the first focus of something one can type into: the site files and the message-box
 * finder. Kept out of the loader so that a page where the seller never types pays nothing for them.
 */
export { messageBoxFor } from './detect';
export { siteFor } from './sites';
