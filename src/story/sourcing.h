// Sourcing: which articles are independent sources. A syndicated or lightly rewritten copy of
// another article, or an article that says it cites another outlet ("citing The Guardian",
// "The post … appeared first on …"), does not add a confirmation. Copies (exact, light rewrites,
// partial) come from story/syndication (sketches, then exact containment of three-word
// shingles); citations from story/citations. A copy joins the group of the article it copies;
// a citing article joins the groups of the story's articles from the outlet it cites.
#pragma once

#include <cstdint>
#include <vector>

#include "model/account.h"
#include "model/annotated_doc.h"

namespace corroborate {

// docs[i] is Account::articles[article_index[i]]. Returns one Sourcing per doc, in that order,
// with Sourcing::article set to article_index[i] and syndicated_from as an Account article index.
std::vector<Sourcing> FindSourcing(const std::vector<const AnnotatedDoc*>& docs,
                                   const std::vector<uint32_t>& article_index);

}  // namespace corroborate
