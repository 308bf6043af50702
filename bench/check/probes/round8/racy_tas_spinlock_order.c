/* TRUTH: racy. The spinlock uses relaxed test-and-set and clear, so critical sections are mutually exclusive but not ordered by happens-before; counter accesses race. */
#include <pthread.h>
#include <stdbool.h>

static bool spin;
static long counter;

static void spin_lock(bool *l)
{
    while (__atomic_test_and_set(l, __ATOMIC_RELAXED))
        ;
}

static void spin_unlock(bool *l)
{
    __atomic_clear(l, __ATOMIC_RELAXED);
}

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        spin_lock(&spin);
        counter++;
        spin_unlock(&spin);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return counter != 2000;
}
