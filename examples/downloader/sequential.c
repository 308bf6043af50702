/* Downloader, sequential: fetches the pages one after another, so every server delay adds up. */
#include "elapsed.h"
#include "http.h"

static struct page_result results[HTTP_MAX_PAGES];

int main(int argc, char **argv)
{
    int port, pages;
    if (http_parse_args(argc, argv, &port, &pages) < 0)
        return 2;
    double start = example_now();
    for (int i = 0; i < pages; i++)
        http_fetch(port, i, &results[i]);
    example_report_elapsed("downloader-sequential", start);
    return http_print_results(results, pages);
}
