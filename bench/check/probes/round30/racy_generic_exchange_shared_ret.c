/* TRUTH: racy. Both threads call __atomic_exchange(&slot, &mine, &prev, ...) with the global 'prev' as the result object: the builtin writes prev plainly in both threads. */
#include <pthread.h>
#include <stdio.h>

static long slot;
static long prev;

static void *swapper(void *arg)
{
    long mine = (long)arg;
    __atomic_exchange(&slot, &mine, &prev, __ATOMIC_SEQ_CST);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, swapper, (void *)1);
    pthread_create(&b, NULL, swapper, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", slot, prev);
    return 0;
}
