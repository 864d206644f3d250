// The plan executable: everything it does is plan::cli::run.
#include "commands.hpp"

int main(int argc, char** argv) { return plan::cli::run(argc, argv); }
