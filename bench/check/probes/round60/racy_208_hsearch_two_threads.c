/* TRUTH: racy — hsearch uses one process-wide hash table (POSIX: need not be thread-safe; glibc keeps it in a plain static without locking); two threads inserting concurrently both write its entries/counters unordered. */
#include <pthread.h>
#include <search.h>
#include <stdio.h>
static char *keys[2][4] = { { "a1", "a2", "a3", "a4" }, { "b1", "b2", "b3", "b4" } };
static void *ins(void *arg) {
    char **k = arg;
    for (int i = 0; i < 4; i++) {
        ENTRY e = { k[i], NULL };
        hsearch(e, ENTER);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    hcreate(64);
    pthread_create(&a, NULL, ins, keys[0]);
    pthread_create(&b, NULL, ins, keys[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    ENTRY q = { "a1", NULL };
    printf("%p\n", (void *)hsearch(q, FIND));
    return 0;
}
