/* TRUTH: racy — libevent calls the replacement allocator in whichever thread allocates: main's event_base_new and the worker's event_base_new both run my_malloc (nallocs++) concurrently */
#include <event2/event.h>
#include <pthread.h>
#include <stdlib.h>
static long nallocs, nfrees;
static void *my_malloc(size_t n) { nallocs++; return malloc(n); }
static void *my_realloc(void *p, size_t n) { if (!p) nallocs++; return realloc(p, n); }
static void my_free(void *p) { if (p) nfrees++; free(p); }
static void *worker(void *arg)
{
    (void)arg;
    struct event_base *b = event_base_new();
    event_base_loop(b, EVLOOP_NONBLOCK);
    event_base_free(b);
    return NULL;
}
int main(void)
{
    event_set_mem_functions(my_malloc, my_realloc, my_free);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    struct event_base *mb = event_base_new();
    event_base_free(mb);
    pthread_join(w, NULL);
    return (int)(nallocs - nfrees);
}
