// `corroborate extract --batch IN_DIR OUT_DIR`: every IN_DIR/*.html (and .htm) page becomes
// OUT_DIR/<name>.txt (the article body, one block per paragraph, blank lines between) and
// OUT_DIR/<name>.json (title, author, date, body, url, outlet, language, sources). Pages are
// processed on all cores; each output file is written atomically. A page that cannot be used
// (unreadable, binary, no article content found) is reported on stderr as one line naming the
// file and the reason, and the run goes on.
#pragma once

#include <cstddef>
#include <string>

namespace corroborate::cli {

struct HtmlBatchOptions {
  std::string in_dir;
  std::string out_dir;
  unsigned threads = 0;  // 0 = all cores
  bool quiet = false;
  bool strict = false;
  size_t max_file_bytes = 64u << 20;
};

// Returns the exit code (cli/exit_codes.h): kExitNoInput when no page yielded an article,
// kExitOutput when an output could not be written, kExitProblems with strict and a skipped page.
int RunHtmlBatch(const HtmlBatchOptions& options);

}  // namespace corroborate::cli
