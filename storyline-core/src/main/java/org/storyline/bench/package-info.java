/**
 * {@code storyline bench}: ingests a corpus into a fresh temporary store and measures each stage and the whole,
 * with the heap and CPU the run used.
 */
package org.storyline.bench;
