/* TRUTH: race-free. The producer writes msg[] and len before its only (release) store to ready; the consumer reads them only after an acquire load saw ready set; main reads after joining both. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

static atomic_int ready;
static char msg[32];
static int len;

static void *producer(void *arg)
{
    (void)arg;
    strcpy(msg, "hello");
    len = 5;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%.*s\n", len, msg);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", len);
    return 0;
}
