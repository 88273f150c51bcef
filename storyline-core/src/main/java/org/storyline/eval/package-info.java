/**
 * Evaluation against gold data: event coding (PLOVER and PETRARCH-2 gold) and temporal normalisation (TimeML and
 * MEANTIME, TempEval-3 Task A scores).
 */
package org.storyline.eval;
