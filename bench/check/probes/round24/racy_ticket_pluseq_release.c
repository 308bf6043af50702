/* TRUTH: racy. Each worker releases with now_serving += 1 and then writes last_id outside the lock: the first worker's last_id = id (after its release) runs concurrently with the second worker's last_id = id (after the second acquires and releases). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static _Atomic unsigned now_serving;
static long total;
static long last_id;

static void *worker(void *arg)
{
    long id = (long)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    total += id;
    now_serving += 1;
    last_id = id;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", total, last_id);
    return 0;
}
