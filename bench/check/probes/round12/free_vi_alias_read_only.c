// free: twin of racy_vi_alias_write: the copy r is only read.
#include <pthread.h>
#define N 4
static int out[N];
static void *worker(void *arg)
{
    int *r = arg;
    int seen = *r;
    int id = *(int *)arg;
    out[id] += seen;
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
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
