/** The local runner: wires the stages (read, annotate, store) on this machine's threads. */
package org.storyline.pipeline;
