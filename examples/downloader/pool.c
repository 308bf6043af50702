/* Downloader, pool: 5 worker threads take page numbers from a shared queue, so 5 waits overlap. */
#define _GNU_SOURCE /* pthread_setname_np */
#include "elapsed.h"
#include "http.h"

#include <pthread.h>
#include <stdio.h>

#define WORKERS 5

static struct page_result results[HTTP_MAX_PAGES];
static int port, pages;

/* The work queue is just the next page number, behind a lock. */
static pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
static int next_page;

static int take_page(void)
{
    pthread_mutex_lock(&queue_lock);
    int page = next_page < pages ? next_page++ : -1;
    pthread_mutex_unlock(&queue_lock);
    return page;
}

static void *worker(void *arg)
{
    char name[16];
    snprintf(name, sizeof(name), "fetch-%d", *(int *)arg);
    pthread_setname_np(pthread_self(), name); /* how the workers appear in weft's timeline */
    for (int page; (page = take_page()) >= 0;)
        http_fetch(port, page, &results[page]); /* each worker writes only its own pages */
    return NULL;
}

int main(int argc, char **argv)
{
    if (http_parse_args(argc, argv, &port, &pages) < 0)
        return 2;
    double start = example_now();
    pthread_t tid[WORKERS];
    static int ids[WORKERS];
    for (int i = 0; i < WORKERS; i++) {
        ids[i] = i + 1;
        if (pthread_create(&tid[i], NULL, worker, &ids[i]) != 0) {
            perror("pthread_create");
            return 1;
        }
    }
    for (int i = 0; i < WORKERS; i++)
        pthread_join(tid[i], NULL);
    example_report_elapsed("downloader-pool", start);
    return http_print_results(results, pages);
}
