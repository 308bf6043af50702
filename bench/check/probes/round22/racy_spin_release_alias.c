/* TRUTH: racy. spin_unlock() releases the test-and-set lock through a pointer (`*w = 0`, a seq_cst store to the atomic lock word). w1 writes `after` AFTER unlocking, while w2 writes `after` holding the lock: the two writes can overlap. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lockword;
static int inside, after;

static void spin_lock(void)
{
    while (atomic_exchange_explicit(&lockword, 1, memory_order_acquire))
        ;
}

static void spin_unlock(void)
{
    atomic_int *w = &lockword;
    *w = 0;
}

static void *w1(void *arg)
{
    (void)arg;
    spin_lock();
    inside++;
    spin_unlock();
    after = 1; /* outside the lock */
    return NULL;
}

static void *w2(void *arg)
{
    (void)arg;
    spin_lock();
    inside++;
    after = 2;
    spin_unlock();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w1, NULL);
    pthread_create(&b, NULL, w2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", inside, after);
    return 0;
}
