/* racy: the consumer reads the plain flag `ready` with a plain load (not __atomic),
   racing with the producer's __atomic store; also payload is then unordered. */
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
    while (!ready)
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
