// The racy twin of value_index_malloc.c: each allocation holds 2.
#include <pthread.h>
#include <stdlib.h>

#define N 4
static int out[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    free(arg);
    out[id] = 1; // RACE (possible): every thread's id is 2
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        int *p = malloc(sizeof *p);
        if (!p)
            return 1;
        *p = 2;
        pthread_create(&t[i], NULL, worker, p);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
