/* TRUTH: racy — main joins only thread a and then reads/writes hits plainly while thread b may still be doing __atomic_fetch_add(&hits,1); plain vs atomic unordered. */
#include <pthread.h>
#include <stdio.h>
static int hits;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) __atomic_fetch_add(&hits, 1, __ATOMIC_SEQ_CST);
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    printf("%d\n", hits);
    hits = 0;
    pthread_join(b, NULL);
    return 0;
}
