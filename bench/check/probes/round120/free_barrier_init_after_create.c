/* TRUTH: free — main writes table after creating the workers but before the barrier it shares with them; workers read table only after the barrier and nobody writes it afterwards */
#include <pthread.h>

#define N 2
pthread_barrier_t bar;
int table[4];
int sum[N];

void *worker(void *arg)
{
    long id = (long)arg;
    pthread_barrier_wait(&bar);
    for (int i = 0; i < 4; i++)
        sum[id] += table[i];
    return 0;
}

int main(void)
{
    pthread_t t[N];
    pthread_barrier_init(&bar, 0, N + 1);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < 4; i++)
        table[i] = i;
    pthread_barrier_wait(&bar);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    pthread_barrier_destroy(&bar);
    return sum[0] + sum[1] == 12 ? 0 : 1;
}
