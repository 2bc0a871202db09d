#ifndef NDPARITY_CLI_H
#define NDPARITY_CLI_H
/* The ndparity command line; returns the process exit code (DESIGN.md:
 * 0 pass, 1 failures, 2 bad usage or input, 3 internal error). */
int ndp_cli_main(int argc, char **argv);
/* ndparity replay (replay.c): argv after "replay"; returns the exit code. */
int ndp_cli_replay(int argc, char **argv);
/* ndparity minimize (minimize_cli.c). */
int ndp_cli_minimize(int argc, char **argv);
#endif
