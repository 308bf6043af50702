/* TRUTH: racy. deposit takes lock_a, withdraw takes lock_b (two different lock words through
   the same spin_lock helper); both update balance, so the two updates can overlap. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lock_a, lock_b;
static long balance;

static void spin_lock(atomic_int *l)
{
    while (atomic_exchange_explicit(l, 1, memory_order_acquire))
        ;
}

static void spin_unlock(atomic_int *l)
{
    atomic_store_explicit(l, 0, memory_order_release);
}

static void *deposit(void *arg)
{
    (void)arg;
    spin_lock(&lock_a);
    balance += 5;
    spin_unlock(&lock_a);
    return NULL;
}

static void *withdraw(void *arg)
{
    (void)arg;
    spin_lock(&lock_b);
    balance -= 3;
    spin_unlock(&lock_b);
    return NULL;
}

int main(void)
{
    pthread_t d, w;
    pthread_create(&d, NULL, deposit, NULL);
    pthread_create(&w, NULL, withdraw, NULL);
    pthread_join(d, NULL);
    pthread_join(w, NULL);
    printf("%ld\n", balance);
    return 0;
}
