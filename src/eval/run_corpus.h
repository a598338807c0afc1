// Producing the account a gold file is scored against: the gold's corpus folder is found, and
// the brief pipeline (extract, analyze, story, reconcile, the JSON contract) runs on it in
// process, so `eval account` scores exactly what `corroborate brief` would write.
#pragma once

#include <string>

#include "core/status.h"
#include "eval/gold_file.h"
#include "eval/system_account.h"

namespace corroborate::nlp {
class Linguistics;
}

namespace corroborate::eval {

// The corpus folder: `corpus` relative to the gold file's folder, or `shared_corpus` under
// `shared_dir` when given, else $CORROBORATE_SHARED_DIR, else ../shared (from the working
// folder), else ../shared beside the source tree holding the gold file (GOLD/../../../shared).
// NotFound when the folder does not exist (the shared data may be absent: callers may skip).
Result<std::string> ResolveCorpus(const Gold& gold, const std::string& shared_dir = "");

// Runs the pipeline on the folder and returns the account as account.json would carry it.
// `models` as `brief` loads them (nullptr = rules only, like `brief --no-models`).
Result<SysAccount> BuildCorpusAccount(const std::string& corpus_dir, unsigned threads = 0,
                                      const nlp::Linguistics* models = nullptr);

}  // namespace corroborate::eval
