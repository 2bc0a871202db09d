#include "cli.h"
int main(int argc, char **argv) { return ndp_cli_main(argc, argv); }
