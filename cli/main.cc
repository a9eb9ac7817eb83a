// `shapeguard`: every command; `conform` and `serve` are handed to shapeguard-network, so
// that this binary loads no HTTP or TLS library (see command_line.h).
#include "command_line.h"

int main(int argc, char** argv) { return shapeguard::cli::RunCommandLine(argc, argv, {}); }
