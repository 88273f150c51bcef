/** Small helpers shared by every stage: argument validation, word tests and the days a date value names. */
package org.storyline.util;
