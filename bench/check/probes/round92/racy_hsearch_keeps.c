/* racy: hsearch(ENTER) keeps e.data = &count in the global table; the worker finds it and
   writes through it while main writes count, no lock, before the join. */
#define _GNU_SOURCE
#include <pthread.h>
#include <search.h>
static void *worker(void *arg) {
    (void)arg;
    ENTRY q = {"count", 0};
    ENTRY *r = hsearch(q, FIND);
    if (r)
        (*(int *)r->data)++;
    return 0;
}
int main(void) {
    pthread_t t;
    int count = 0;
    hcreate(16);
    ENTRY e = {"count", &count};
    hsearch(e, ENTER);
    pthread_create(&t, 0, worker, 0);
    count = 3;
    pthread_join(t, 0);
    return count;
}
