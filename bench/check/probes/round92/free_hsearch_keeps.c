/* race-free: hsearch(ENTER) keeps e.data = &count; the worker writes through it and main
   writes count only after the join. */
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
    pthread_join(t, 0);
    count = 3;
    return count;
}
