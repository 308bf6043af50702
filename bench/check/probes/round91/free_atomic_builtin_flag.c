/* free: flag hand-off with GCC __atomic builtins on a plain int (release store,
   acquire load spin); payload written before, read after. */
#include <pthread.h>
#include <stdio.h>

static int payload;
static int ready;

static void *producer(void *x) {
    (void)x;
    payload = 77;
    __atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void *consumer(void *x) {
    (void)x;
    while (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
        ;
    printf("%d\n", payload);
    return NULL;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
