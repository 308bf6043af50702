/* TRUTH: racy — slots are claimed with a RELAXED atomic_fetch_add and indexed modulo 4; 6 claims map claims 0/4 (and 1/5) to the same ring[] element; when e.g. thread a claims 0,1,2 and thread b claims 3,4,5 the plain writes ring[0] by a and by b are unordered (relaxed RMWs give no happens-before). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next;
static int ring[4];

static void *producer(void *arg)
{
    int v = (int)(long)arg;
    for (int i = 0; i < 3; i++) {
        unsigned idx = atomic_fetch_add_explicit(&next, 1, memory_order_relaxed);
        ring[idx % 4] = v + i;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, (void *)10L);
    pthread_create(&b, NULL, producer, (void *)20L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d %d\n", ring[0], ring[1], ring[2], ring[3]);
    return 0;
}
