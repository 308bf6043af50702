/* RACY: main passes a pointer to its stack struct to the worker and then changes
   `opts.limit` while the worker may be reading it. */
#include <pthread.h>
#include <stdio.h>
struct opts { int limit; int verbose; };
static void *worker(void *a) {
    struct opts *o = a;
    long s = 0;
    for (int i = 0; i < o->limit; i++) s += i;
    if (o->verbose) printf("%ld\n", s);
    return NULL;
}
int main(void) {
    struct opts opts = { 1000, 1 };
    pthread_t t;
    pthread_create(&t, NULL, worker, &opts);
    opts.limit = 10;
    pthread_join(t, NULL);
    return 0;
}
