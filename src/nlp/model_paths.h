// Where the trained models live (models/ in the source tree by default, or a directory given
// by --models or the CORROBORATE_MODELS environment variable) and where the training data is
// (../shared/data beside the source tree, or --data).
#pragma once

#include <string>

#include "core/status.h"

namespace corroborate::nlp {

// The models directory: `option` when non-empty, else $CORROBORATE_MODELS, else models/ of
// this source tree, else models/ beside or above the running binary. An error names the places
// looked at when none exists.
Result<std::string> FindModelsDir(const std::string& option = "");

// dir + "/" + file name, or an error naming the expected file when it does not exist
// ("models/tagger.bin: not found (train it with `corroborate train tagger`)").
Result<std::string> FindModelFile(const std::string& option, const std::string& file_name);

// A model file the user named (`--model FILE`, `--tagger FILE`), else FindModelFile("", name).
Result<std::string> ModelFileOr(const std::string& file_option, const std::string& file_name);

// The training data directory: `option` when non-empty, else ../shared/data/<sub> beside this
// source tree (sub e.g. "ud" or "ner"). An error says how to point at it when missing.
Result<std::string> FindDataDir(const std::string& option, const std::string& sub);

}  // namespace corroborate::nlp
