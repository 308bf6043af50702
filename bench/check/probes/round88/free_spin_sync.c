/* Race-free: two kinds of threads (depositors and withdrawers) both guard 'balance' and
   'ops' with the same __sync_lock_test_and_set / __sync_lock_release spinlock. */
#include <pthread.h>
#include <stdio.h>

static volatile int bal_lock;
static long balance = 100;
static int ops;

static void lock(volatile int *l)
{
    while (__sync_lock_test_and_set(l, 1))
        while (__atomic_load_n(l, __ATOMIC_RELAXED))
            ;
}

static void unlock(volatile int *l)
{
    __sync_lock_release(l);
}

static void *depositor(void *arg)
{
    (void)arg;
    for (int i = 0; i < 300; i++) {
        lock(&bal_lock);
        balance += 5;
        ops++;
        unlock(&bal_lock);
    }
    return NULL;
}

static void *withdrawer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 300; i++) {
        lock(&bal_lock);
        if (balance >= 3)
            balance -= 3;
        ops++;
        unlock(&bal_lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t d[2], w[2];
    for (int i = 0; i < 2; i++) {
        pthread_create(&d[i], NULL, depositor, NULL);
        pthread_create(&w[i], NULL, withdrawer, NULL);
    }
    for (int i = 0; i < 2; i++) {
        pthread_join(d[i], NULL);
        pthread_join(w[i], NULL);
    }
    printf("%ld %d\n", balance, ops);
    return 0;
}
