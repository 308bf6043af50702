/* TRUTH: racy. each worker's local n has cleanup(account), which runs total += *n when the worker returns: the two workers update total concurrently. */
#include <pthread.h>
#include <stdio.h>

int total;

static void account(int *n)
{
    total += *n;
}

static void *worker(void *arg)
{
    int n __attribute__((cleanup(account))) = (int)(long)arg;
    n *= 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
