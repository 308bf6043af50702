/* TRUTH: racy. The consumer spins while state == 1, but state starts at 0, so it leaves at once and reads data while the producer may be writing data = 9 (no ordering). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int state;
static int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 9;
    atomic_store_explicit(&state, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (atomic_load_explicit(&state, memory_order_acquire) == 1)
        ;
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
