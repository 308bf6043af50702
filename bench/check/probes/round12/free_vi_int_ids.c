// free: twin of racy_vi_bool_ids with int ids: each thread its own out element.
#include <pthread.h>
#define N 3
static int out[N];
static void *worker(void *arg)
{
    int id = *(int *)arg;
    out[id] += 1;
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
    return out[0] + out[1];
}
