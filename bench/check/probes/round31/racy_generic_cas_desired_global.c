/* TRUTH: racy. The generic __atomic_compare_exchange reads *desired (the global 'next_val') plainly; main writes next_val unlocked while the worker runs. */
#include <pthread.h>
#include <stdio.h>

static long word;
static long next_val = 5;

static void *worker(void *arg)
{
    (void)arg;
    long expected = 0;
    __atomic_compare_exchange(&word, &expected, &next_val, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    next_val = 9;
    pthread_join(t, NULL);
    printf("%ld\n", __atomic_load_n(&word, __ATOMIC_SEQ_CST));
    return 0;
}
