// The counter is stored, then overwritten before the create: every thread reads 0.
#include <pthread.h>

#define N 4
static int out[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    out[id]++; // RACE (possible): every thread's id is 0
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        ids[i] = 0;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
