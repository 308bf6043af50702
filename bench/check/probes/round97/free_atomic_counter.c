/* FREE: many threads increment an _Atomic counter; main reads after join. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static _Atomic long hits;
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 10000; i++) atomic_fetch_add(&hits, 1);
    return NULL;
}
int main(void) {
    pthread_t t[8];
    for (int i = 0; i < 8; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 8; i++) pthread_join(t[i], NULL);
    printf("%ld\n", (long)atomic_load(&hits));
    return 0;
}
