// The thread overwrites the value it was handed before reading it: every thread's index is 1.
#include <pthread.h>

#define N 4
static int out[N];

static void *worker(void *arg)
{
    int *p = arg;
    *p = 1;
    int id = *p;
    out[id]++; // RACE (possible): every thread's id is 1
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
    return out[1];
}
