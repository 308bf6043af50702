/* What the four downloaders share: arguments, the HTTP/1.0 request and response, the result list. */
#ifndef WEFT_EXAMPLE_HTTP_H
#define WEFT_EXAMPLE_HTTP_H

#include <stddef.h>
#include <sys/types.h>

#define HTTP_MAX_PAGES 1000
#define HTTP_MAX_RESPONSE 65536

/* One page's outcome: status is the HTTP status (0: not fetched), bytes the body's length. */
struct page_result {
    int status;
    long bytes;
};

/* Reads "PORT [PAGES]" from the command line; prints usage and returns -1 when wrong. */
int http_parse_args(int argc, char **argv, int *port, int *pages);

/* A TCP socket to 127.0.0.1:port, connected (blocking) or connecting (nonblocking); -1 on error. */
int http_connect(int port, int nonblocking);

/* Writes the GET request for page n into buf; returns its length. */
size_t http_request(char *buf, size_t size, int page);

/* Fills r from a whole response (HTTP/1.0: the server closes when done); -1 if malformed. */
int http_parse_response(const char *buf, size_t len, struct page_result *r);

/* Fetches page n with blocking calls: connect, send, recv until EOF.  0 on success. */
int http_fetch(int port, int page, struct page_result *r);

/* Prints one line per page, in page order, then the total; returns the exit status (0: all 200). */
int http_print_results(const struct page_result *results, int pages);

#endif
