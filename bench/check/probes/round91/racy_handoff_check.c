/* racy: the consumer checks the flag once but reads payload[] on BOTH paths, so
   when the flag is still 0 the read runs concurrently with the producer's writes. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int payload[4];
static atomic_int ready;

static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 4; i++)
        payload[i] = i * i;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg) {
    int *out = arg;
    int ok = atomic_load_explicit(&ready, memory_order_acquire);
    *out = payload[0] + payload[3];
    if (!ok)
        *out = -*out;
    return NULL;
}

int main(void) {
    int result;
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &result);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", result);
    return 0;
}
