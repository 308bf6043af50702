/* TRUTH: racy — the start gate flag is statically initialised to 1, so the workers never wait and read data while main fills it */
#include <pthread.h>
#include <unistd.h>

#define N 2
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t gate = PTHREAD_COND_INITIALIZER;
int open_gate = 1;
int data[N];

void *worker(void *arg)
{
    long id = (long)arg;
    pthread_mutex_lock(&m);
    while (!open_gate)
        pthread_cond_wait(&gate, &m);
    pthread_mutex_unlock(&m);
    long s = 0;
    for (int i = 0; i < 20; i++) {
        s += data[id];
        usleep(1000);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    for (int r = 0; r < 20; r++) {
        for (int i = 0; i < N; i++)
            data[i] = i + r;
        usleep(1000);
    }
    pthread_mutex_lock(&m);
    open_gate = 1;
    pthread_cond_broadcast(&gate);
    pthread_mutex_unlock(&m);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return 0;
}
