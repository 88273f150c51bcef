/**
 * Timeline summarisation metrics: tilse's concat, agreement and align+ m:1 ROUGE-1/2 and date F1, with the counts
 * of ROUGE-1.5.5 ({@code -n 2 -m -s -f A}) re-implemented so that no Perl is needed.
 *
 * <p>The resources are data of the ROUGE-1.5.5 distribution in smartschat/tilse: {@code smart_common_words.txt}
 * (its SMART stop-word list) and {@code wordnet-2.0-exceptions.tsv} (its {@code WordNet-2.0.exc.db} as text).
 */
package org.storyline.eval.rouge;
