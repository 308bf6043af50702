/* TRUTH: racy. In the second loop main reads results[i] before joining t[i], racing with worker i writing results[i]. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int results[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    results[id] = id * 3;
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
        sum += results[i];
        pthread_join(t[i], NULL);
    }
    printf("%d\n", sum);
    return 0;
}
