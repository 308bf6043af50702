/* TRUTH: racy. After the init loop, memcpy copies ids[0] over ids[3] (through a pointer to the array's first element, p + 3), so workers 0 and 3 both write res[0]. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define N 4
static int ids[N];
static int res[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    res[id] = res[id] + 1;
    return NULL;
}

static void dup_first(int *p, int n)
{
    memcpy(p + n - 1, p, sizeof *p);
}

int main(void)
{
    pthread_t t[N];
    for (int j = 0; j < N; j++)
        ids[j] = j;
    dup_first(ids, N);
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", res[0]);
    return 0;
}
