// free: each thread gets a fresh cell holding i, frees it, writes out[id].
#include <pthread.h>
#include <stdlib.h>
#define N 4
static int out[N];
static void *worker(void *arg)
{
    int id = *(int *)arg;
    free(arg);
    out[id] = id + 1;
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
    return out[0] + out[3];
}
