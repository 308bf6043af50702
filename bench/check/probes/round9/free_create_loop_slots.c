/* TRUTH: free. Each worker writes only results[id] for its own distinct id, and main reads after joining all workers. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int results[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    results[id] = id * id;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    int sum = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        sum += results[i];
    }
    printf("%d\n", sum);
    return 0;
}
