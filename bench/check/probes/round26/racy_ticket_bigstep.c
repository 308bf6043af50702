/* TRUTH: racy. skipper adds 0x7fffffff, 0x7fffffff, 1 to the 32-bit ticket counter, i.e.
   moves it back by one. worker #1 draws ticket 0 and enters (now_serving 0); skipper runs;
   worker #2 draws ticket 0 again and enters too: both run `shared_total += id` at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket, now_serving;
static long shared_total;

static void *worker(void *arg)
{
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    shared_total += (long)arg;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

static void *skipper(void *arg)
{
    (void)arg;
    atomic_fetch_add(&next_ticket, 0x7fffffff);
    atomic_fetch_add(&next_ticket, 0x7fffffff);
    atomic_fetch_add(&next_ticket, 1);
    return NULL;
}

int main(void)
{
    pthread_t w1, w2, s;
    pthread_create(&w1, NULL, worker, (void *)1);
    pthread_create(&s, NULL, skipper, NULL);
    pthread_create(&w2, NULL, worker, (void *)2);
    pthread_join(w1, NULL);
    pthread_join(s, NULL);
    pthread_join(w2, NULL);
    printf("%ld\n", shared_total);
    return 0;
}
