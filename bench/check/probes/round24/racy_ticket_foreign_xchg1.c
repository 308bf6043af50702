/* TRUTH: racy. poke() exchanges 1 into now_serving without holding the lock: while the ticket-0 worker runs balance += 10, the ticket-1 worker sees 1 and runs balance += 10 too, concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int balance;

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    balance += 10;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

static void *poke(void *arg)
{
    (void)arg;
    unsigned old = atomic_exchange(&now_serving, 1);
    (void)old;
    return NULL;
}

int main(void)
{
    pthread_t w1, w2, p;
    pthread_create(&w1, NULL, worker, NULL);
    pthread_create(&w2, NULL, worker, NULL);
    pthread_create(&p, NULL, poke, NULL);
    pthread_join(w1, NULL);
    pthread_join(w2, NULL);
    pthread_join(p, NULL);
    printf("%d\n", balance);
    return 0;
}
