/* TRUTH: racy. The wait compares the wrong word: "while (atomic_load(&next_ticket) != my + 1)". A draws 0 (next=1) and enters; B then draws 1 (next=2), sees next == 2 at once and enters while A is still updating balance: the two balance updates race. */
#include <pthread.h>
#include <stdatomic.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static long balance;

static void *worker(void *arg)
{
    long amount = (long)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&next_ticket) != my + 1)
        ;
    balance += amount;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)5L);
    pthread_create(&b, NULL, worker, (void *)7L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return (int)balance;
}
