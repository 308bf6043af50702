/* TRUTH: racy. The join loop starts at 1, so worker 0's write to results[0] is never ordered before main's read of results[0]. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int results[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    results[id] = id + 7;
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
    for (int i = 1; i < N; i++)
        pthread_join(t[i], NULL);
    int sum = 0;
    for (int i = 0; i < N; i++)
        sum += results[i];
    printf("%d\n", sum);
    return 0;
}
