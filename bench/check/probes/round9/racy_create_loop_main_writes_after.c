/* TRUTH: racy. After creating worker i, main writes launched in the same iteration while worker i (already running) reads launched. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int launched;
static int seen[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    seen[id] = launched;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        if (pthread_create(&t[i], NULL, worker, &ids[i]) != 0)
            break;
        launched = i + 1;
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", launched, seen[0]);
    return 0;
}
