// racy: the thread zeroes its local id through a pointer after reading it: every thread writes out[0].
#include <pthread.h>
#define N 4
static int out[N];
static void *worker(void *arg)
{
    int id = *(int *)arg;
    int *pid = &id;
    *pid = 0;
    out[id]++;
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
