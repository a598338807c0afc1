// Named entities derived from GUM's entity annotation (UD_English-GUM, MISC "Entity=" brackets:
// "(id-type-infstat-salience-centering-minspan-link[-identity]" opens a mention, "id)" closes
// it). GUM marks every mention ("the president", "she", "Barack Obama") with its type; UNER
// labels only the names. A person, place or organization mention becomes a PER, LOC or ORG
// entity over its name: the words of its Wikipedia identity when it has one ("President
// Obama" with identity Barack_Obama -> "Obama"), else its run of capitalised proper nouns
// joined by "of", "the", "and", "&", "-" ("University of Portsmouth"), without a leading title
// ("Mr", "Dr", "President"). Nested names keep the outer one. Mentions without a proper noun
// give no entity.
// Only documents whose genre may train a shipped model are read (GumDocumentIsShippable).
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "nlp/conllu.h"
#include "nlp/ner_data.h"

namespace corroborate::nlp {

// The entities of one GUM sentence (types index NerCorpusTypes()).
std::vector<EntitySpan> GumSentenceEntities(const ConlluSentence& sentence);

// Reads a GUM CoNLL-U file, keeping the shippable documents; *kept/*dropped count documents.
Result<std::vector<NerSentence>> ReadGumEntities(const std::string& path, size_t* kept,
                                                 size_t* dropped);

}  // namespace corroborate::nlp
