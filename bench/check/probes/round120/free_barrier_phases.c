/* TRUTH: free — each thread writes only its own slot before the barrier and only reads the neighbour's slot after it; nobody writes after the barrier */
#include <pthread.h>

#define N 3
pthread_barrier_t bar;
int slot[N];
int got[N];

void *worker(void *arg)
{
    long id = (long)arg;
    slot[id] = (int)id * 10;
    pthread_barrier_wait(&bar);
    got[id] = slot[(id + 1) % N];
    return 0;
}

int main(void)
{
    pthread_t t[N];
    pthread_barrier_init(&bar, 0, N);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    pthread_barrier_destroy(&bar);
    return got[0] + got[1] + got[2] == 30 ? 0 : 1;
}
