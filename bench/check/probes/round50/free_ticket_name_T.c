/* TRUTH: free — a ticket lock (counter nextTicket only counts up, spin until nowServing equals the ticket, release by increment) excludes the two increments of total */
#include <pthread.h>
#include <stdatomic.h>
static atomic_uint nextTicket, nowServing;
static long total;
static void *worker(void *a)
{
    (void)a;
    unsigned my = atomic_fetch_add(&nextTicket, 1);
    while (atomic_load(&nowServing) != my)
        ;
    total++;
    atomic_fetch_add(&nowServing, 1);
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, worker, 0);
    pthread_create(&t2, 0, worker, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return (int)total;
}
