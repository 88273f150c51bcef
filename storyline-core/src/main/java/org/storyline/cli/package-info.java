/** The {@code storyline} command line: picocli commands over the local runner and the store. */
package org.storyline.cli;
