/* TRUTH: racy — after the barrier each thread writes its neighbour's slot while the neighbour reads its own slot */
#include <pthread.h>
#include <unistd.h>

#define N 2
pthread_barrier_t bar;
int slot[N];

void *worker(void *arg)
{
    long id = (long)arg;
    slot[id] = (int)id;
    pthread_barrier_wait(&bar);
    int s = 0;
    for (int i = 0; i < 20; i++) {
        slot[(id + 1) % N] += 1;
        s += slot[id];
        usleep(1000);
    }
    return (void *)(long)s;
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
    return 0;
}
