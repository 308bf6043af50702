// racy: each thread, under m, overwrites the next thread's id (global ids by name) with its own; thread 1 may then read 0 and write out[0] with thread 0, outside the lock.
#include <pthread.h>
#define N 4
static int out[N];
static int ids[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    pthread_mutex_lock(&m);
    int id = *(int *)arg;
    ids[(id + 1) % N] = id;
    pthread_mutex_unlock(&m);
    out[id]++;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    pthread_mutex_lock(&m);
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    pthread_mutex_unlock(&m);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
