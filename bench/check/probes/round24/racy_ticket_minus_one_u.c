/* TRUTH: racy. rollback() adds -1u (UINT_MAX) to next_ticket, moving it back by one: worker A draws 0, rollback runs, worker B draws 0 again; both see now_serving == 0 and run shared_sum++ at the same time. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static long shared_sum;

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    shared_sum++;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

/* "returns" the last ticket handed out */
static void *rollback(void *arg)
{
    (void)arg;
    atomic_fetch_add(&next_ticket, -1u);
    return NULL;
}

int main(void)
{
    pthread_t a, b, r;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&r, NULL, rollback, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(r, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", shared_sum);
    return 0;
}
