/* TRUTH: free. the gate is waited on in a helper that locks and unlocks it; main fills jobs[] while holding the gate; each worker writes only its own out slot. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static pthread_mutex_t gate_mx = PTHREAD_MUTEX_INITIALIZER;
static int jobs[N];
static int out[N];

static void wait_for_start(void)
{
    pthread_mutex_lock(&gate_mx);
    pthread_mutex_unlock(&gate_mx);
}

static void *worker(void *arg)
{
    int *slot = arg;
    wait_for_start();
    int acc = 0;
    int k = N;
    while (k-- > 0)
        acc += jobs[k];
    *slot = acc;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int i;
    pthread_mutex_lock(&gate_mx);
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &out[i]);
    for (i = 0; i < N; i++)
        jobs[i] = i + 1;
    pthread_mutex_unlock(&gate_mx);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[0] + out[N - 1]);
    return 0;
}
