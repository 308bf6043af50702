/* TRUTH: racy — spin_unlock clears the flag with memory_order_relaxed, so the next owner is not ordered after the previous owner's writes */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define NT 3
#define NOPS 500

typedef struct { atomic_flag f; } spinlock_t;

static void spin_lock(spinlock_t *s)
{
    while (atomic_flag_test_and_set_explicit(&s->f, memory_order_acquire))
        ;
}

static void spin_unlock(spinlock_t *s)
{
    atomic_flag_clear_explicit(&s->f, memory_order_relaxed);
}

struct account {
    long balance;
    long deposits;
    long failures;
};

static spinlock_t bank_lock = { ATOMIC_FLAG_INIT };
static struct account acct[2];

static int transfer(int from, int to, long amount)
{
    spin_lock(&bank_lock);
    if (acct[from].balance < amount) {
        acct[from].failures++;
        spin_unlock(&bank_lock);
        return -1;
    }
    acct[from].balance -= amount;
    acct[to].balance += amount;
    acct[to].deposits++;
    spin_unlock(&bank_lock);
    return 0;
}

static void *teller(void *arg)
{
    long id = (long)arg;
    int i, fails = 0;
    for (i = 0; i < NOPS; i++) {
        int from = (int)((id + i) & 1);
        if (transfer(from, 1 - from, 1 + (i % 5)) < 0)
            fails++;
    }
    return (void *)(long)fails;
}

int main(void)
{
    pthread_t th[NT];
    long i;
    acct[0].balance = 1000;
    acct[1].balance = 1000;
    for (i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, teller, (void *)i);
    for (i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    printf("%ld %ld\n", acct[0].balance, acct[1].balance);
    return 0;
}
