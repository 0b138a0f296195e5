// Shared by the content plugin (which writes it) and the app (which reads it).

/**
 * The `<meta>` in every built HTML entry that names this build's data folder
 * (`data/<version>/`): a tab keeps reading the data of the HTML it loaded, so a new
 * deploy never mixes with an old one, and the JavaScript's hash does not change with
 * the stories.
 */
export const DATA_VERSION_META = 'reader-data'

/** The custom HMR event the dev server sends after a story file changes. */
export const CONTENT_UPDATE_EVENT = 'reader:content-update'
