// Story clustering. For now every input forms one story (issue 6 brings real clustering);
// the interface is the one the clustered version keeps.
#pragma once

#include <cstdint>
#include <vector>

#include "model/annotated_doc.h"

namespace corroborate {

// Returns stories as lists of indices into docs, each list in input order.
std::vector<std::vector<uint32_t>> ClusterStories(const std::vector<AnnotatedDoc>& docs);

}  // namespace corroborate
