/* TRUTH: free — thread i writes only slot[i] (ids 0..3 distinct); main reads the slots only after joining every thread */
#include <pthread.h>

#define N 4
int slot[N];

void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 20; i++)
        slot[id] += (int)id;
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    int s = 0;
    for (int i = 0; i < N; i++)
        s += slot[i];
    return s == 120 ? 0 : 1;
}
