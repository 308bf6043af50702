/* TRUTH: free — pthread_join of the calling thread returns EDEADLK, so joined() never writes result; only main writes it */
#include <pthread.h>
#include <stdio.h>

static int result;

static void joined(int rc)
{
    if (!rc)
        result = 1;
}

static void *worker(void *arg)
{
    (void)arg;
    joined(pthread_join(pthread_self(), NULL)); /* EDEADLK */
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    result = 2;
    pthread_join(t, NULL);
    printf("%d\n", result);
    return 0;
}
