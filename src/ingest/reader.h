// Reading inputs: files, folders (recursively, in name order), and "-" for standard input.
// Formats now: plain text (.txt or no extension) and JSON lines (.jsonl: one article per line,
// fields id, url, outlet, title, published, text; only text is required).
// Documents stream out through a callback one at a time, so a large JSONL file or folder never
// has to sit in memory whole. Problems (unreadable, binary, empty, malformed line, unsupported
// extension) are reported with the file (and line) and the reason; reading goes on.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "model/account.h"
#include "model/article.h"

namespace corroborate {

struct ReadOptions {
  // Files larger than this are reported and skipped (a text article is a few KiB).
  size_t max_file_bytes = 64u << 20;
};

using DocumentSink = std::function<void(RawDocument&&)>;
using ProblemSink = std::function<void(InputProblem&&)>;

void ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                const DocumentSink& documents, const ProblemSink& problems);

}  // namespace corroborate
