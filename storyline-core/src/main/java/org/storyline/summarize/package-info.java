/** Timelines: the key dates of a set of articles, with deduplicated lines, each cited to its sources. */
package org.storyline.summarize;
