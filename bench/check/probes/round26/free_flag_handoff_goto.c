/* TRUTH: race-free. producer computes payload in a goto retry loop and only then release-
   stores done (its only store of done); consumer reads payload and attempts only after an
   acquire load saw done set; main reads after joining. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int done;
static int payload, attempts;

static void *producer(void *arg)
{
    int v = 1;
    (void)arg;
again:
    attempts++;
    v = v * 3 + 1;
    if (v % 7 != 0 && attempts < 20)
        goto again;
    payload = v;
    atomic_store_explicit(&done, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (atomic_load_explicit(&done, memory_order_acquire) == 0)
        ;
    return (void *)(long)(payload + attempts);
}

int main(void)
{
    pthread_t p, c;
    void *r;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, &r);
    printf("%ld\n", (long)r);
    return 0;
}
