/* TRUTH: free — each worker writes only results[*id] for its own distinct id (ids stored in a separate array slot per thread); main reads results only after joining all threads. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
static int results[NT];
static int ids[NT];

static void *work(void *arg)
{
    int id = *(int *)arg;
    int v = 1;
    for (int i = 0; i < id + 3; i++)
        v *= 2;
    results[id] = v;
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    for (int i = 0; i < NT; i++) {
        ids[i] = i;
        pthread_create(&th[i], NULL, work, &ids[i]);
    }
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    int sum = 0;
    for (int i = 0; i < NT; i++)
        sum += results[i];
    printf("%d\n", sum);
    return 0;
}
