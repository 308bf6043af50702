/* TRUTH: race-free. The ticket lock is released by a release store of my + 1 (only the holder stores now_serving); waiters spin with acquire loads, so consecutive critical sections on balance are ordered; main reads after the joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int balance;

static void deposit(int amount)
{
    unsigned my = atomic_fetch_add_explicit(&next_ticket, 1, memory_order_relaxed);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
    balance += amount;
    atomic_store_explicit(&now_serving, my + 1, memory_order_release);
}

static void *worker(void *arg)
{
    int amount = (int)(long)arg;
    for (int i = 0; i < 50; i++)
        deposit(amount);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_create(&c, NULL, worker, (void *)3L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%d\n", balance);
    return 0;
}
