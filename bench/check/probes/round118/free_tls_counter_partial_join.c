/* TRUTH: free — 'calls' is thread-local, so the unjoined last worker increments its own copy, not main's */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static _Thread_local long calls;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        calls++;
        if (i % 10 == 0)
            usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", calls);
    pthread_join(t[N - 1], NULL);
    return 0;
}
