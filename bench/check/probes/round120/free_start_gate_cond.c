/* TRUTH: free — main fills data after creating the workers, but the workers read data only after waiting on a start gate (cond var + flag under m) that main opens after filling */
#include <pthread.h>

#define N 3
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t gate = PTHREAD_COND_INITIALIZER;
int open_gate;
int data[N];

void *worker(void *arg)
{
    long id = (long)arg;
    pthread_mutex_lock(&m);
    while (!open_gate)
        pthread_cond_wait(&gate, &m);
    pthread_mutex_unlock(&m);
    return (void *)(long)data[id];
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < N; i++)
        data[i] = i + 1;
    pthread_mutex_lock(&m);
    open_gate = 1;
    pthread_cond_broadcast(&gate);
    pthread_mutex_unlock(&m);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return 0;
}
