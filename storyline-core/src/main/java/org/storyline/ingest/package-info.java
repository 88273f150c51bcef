/** Reading articles from files, folders and feeds in every supported format into {@link org.storyline.ingest.Article} records. */
package org.storyline.ingest;
