/** Small helpers shared by every stage: argument validation. */
package org.storyline.util;
