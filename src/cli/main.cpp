// The plan executable: everything it does is plan::cli::run.
#include "commands.hpp"
#include "output.hpp"

int main(int argc, char** argv)
{
  plan::cli::prepare_standard_streams();
  return plan::cli::run(argc, argv);
}
