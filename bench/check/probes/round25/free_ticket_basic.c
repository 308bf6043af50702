/* TRUTH: race-free. A ticket lock: next_ticket only counts up by 1 (no wrap with 4 threads), each worker spins with acquire loads until now_serving equals its own ticket, and releases with a seq_cst increment of now_serving: total += 1 runs one worker at a time, in ticket order. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_uint next_ticket;
atomic_uint now_serving;
long total;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        unsigned my = atomic_fetch_add(&next_ticket, 1);
        while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
            ;
        total += 1;
        atomic_fetch_add(&now_serving, 1);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
