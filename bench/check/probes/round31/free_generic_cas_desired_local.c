/* TRUTH: race-free. The generic __atomic_compare_exchange's expected and desired objects are the worker's own locals; word is only accessed atomically. */
#include <pthread.h>
#include <stdio.h>

static long word;

static void *worker(void *arg)
{
    long mine = (long)arg;
    long expected = 0;
    __atomic_compare_exchange(&word, &expected, &mine, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)5L);
    pthread_create(&b, NULL, worker, (void *)9L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", __atomic_load_n(&word, __ATOMIC_SEQ_CST));
    return 0;
}
