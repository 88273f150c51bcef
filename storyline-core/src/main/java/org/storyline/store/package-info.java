/** Persistence of annotated articles: records in a SQL database (H2 embedded, PostgreSQL at scale), full text in Lucene. */
package org.storyline.store;
