/* The human and CI views of a report: report.html and junit.xml. Both are
 * written from the report's head (format .. summary, regressions, fixed) and
 * its results file, streamed one result at a time so memory stays flat
 * however many cases ran. The results file is JSON Lines: one compact result
 * object per line, exactly as they appear in report.json's "results"
 * (docs/report-fields.md lists the fields). */
#ifndef NDPARITY_REPORT_WRITERS_H
#define NDPARITY_REPORT_WRITERS_H

#include <jansson.h>

#include "ndparity/case.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Writes one self-contained HTML file (inline CSS and JavaScript, no
 * network) to html_path. head is borrowed; results_path names the JSON Lines
 * results file. The file is written to a temporary name and renamed into
 * place. */
enum ndp_status ndp_report_html_write(const json_t *head, const char *results_path,
                                      const char *html_path, struct ndp_error *err);

/* Writes junit.xml (one testcase per result, failures carrying the
 * divergence and expectation messages) to junit_path, atomically. */
enum ndp_status ndp_report_junit_write(const json_t *head, const char *results_path,
                                       const char *junit_path, struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
