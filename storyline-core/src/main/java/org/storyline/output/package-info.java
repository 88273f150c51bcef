/** Rendering of results for people and programs: Markdown, JSON and self-contained HTML. */
package org.storyline.output;
