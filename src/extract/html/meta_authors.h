// Author names from the forms pages give them in: a JSON-LD or <meta name=author> value
// ("Jane Doe", "Jane Doe, Omar Farouk", "Jane Doe and Li Wei"), a visible byline ("By JANE DOE
// and Omar Farouk, Staff Writers | Dec 2, 2025"), a rel=author link text. Normalised to person
// names: "By"/"Written by" off, split at "and", "&", ",", ";", role words ("Staff Writer",
// "Reporter", "Correspondent") and outlet names dropped, never a URL or an e-mail address.
// O(length); thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/html/title_clean.h"

namespace corroborate {

// site: the site's names and host (title_clean.h), which are never people: a part naming it is
// dropped ("Business Insider", "CNN Business", "The Water Coolest"), and so are the site's
// words at the end of a name ("Kevin McCoy USA TODAY").
// require_by_prefix: for visible text, only a line that starts "By …" (or "Written by", "Words
// by", "Author:") counts as a byline.
std::vector<std::string> SplitAuthorNames(std::string_view text, const SiteKeys& site,
                                          bool require_by_prefix = false);
std::vector<std::string> SplitAuthorNames(std::string_view text,
                                          const std::vector<std::string>& outlet_names,
                                          bool require_by_prefix = false);

// True when `text` starts like a byline ("By ", "Written by ", "Author: ").
bool StartsWithBylinePrefix(std::string_view text);

}  // namespace corroborate
