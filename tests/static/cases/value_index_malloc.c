// A fresh allocation per thread holding its index (*p = i), freed by the thread.
#include <pthread.h>
#include <stdlib.h>

#define N 4
static int out[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    free(arg);
    out[id] = 1; // NORACE: each thread its own id
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        int *p = malloc(sizeof *p);
        if (!p)
            return 1;
        *p = i;
        pthread_create(&t[i], NULL, worker, p);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
