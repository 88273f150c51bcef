/** Rendering of results for people and programs: Markdown, JSON, CSV, GDELT-style TSV and self-contained HTML. */
package org.storyline.output;
