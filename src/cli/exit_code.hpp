// The program's exit statuses, named once.
#pragma once

namespace plan::cli {

/// 0: no problems (or no differences); 1: problems found (or differences);
/// 2: could not run (unreadable input, bad arguments, refusing to overwrite input).
enum class ExitCode : int { Ok = 0, Problems = 1, CouldNotRun = 2 };

} // namespace plan::cli
