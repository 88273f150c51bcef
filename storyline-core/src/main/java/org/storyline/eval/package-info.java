/** Evaluation of event coding against gold records: loaders for PLOVER and PETRARCH-2 gold, and the scores. */
package org.storyline.eval;
