/**
 * Linguistic annotation of articles: sentences, tokens, entities, dependencies and dates resolved against the
 * publication date. CoreNLP is confined to {@link org.storyline.annotate.CoreNlpAnnotator}; everything else sees
 * the records of this package.
 */
package org.storyline.annotate;
