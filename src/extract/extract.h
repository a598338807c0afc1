// Extraction for plain-text scrapes: removes site chrome (menus, share and comment prompts,
// related-headline lists, captions, file slugs, editor signatures, copyright lines), keeps every
// line of the story, and records each removed line with its reason. Finds the title, byline,
// publish date/time/zone (datelines like "WASHINGTON — DECEMBER 3 , 8 AM EDT",
// "3 December 04:53", "December 2, 2025"), outlet and language.
//
// ExtractArticles sees a whole batch so it can use evidence across documents: a line repeated
// on several pages of one outlet is chrome, and a publish date without a year takes the year
// the batch's other articles agree on. Articles come back in input order with unique ids.
#pragma once

#include <vector>

#include "model/article.h"

namespace corroborate {

std::vector<Article> ExtractArticles(std::vector<DecodedDocument> docs, unsigned threads = 0);

// Gives later duplicates of an id the suffixes "-2", "-3", … (linear in the number of articles).
// ExtractArticles already does this within its batch; callers that join batches call it again.
void MakeIdsUnique(std::vector<Article>* articles);

}  // namespace corroborate
