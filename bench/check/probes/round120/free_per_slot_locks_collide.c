/* TRUTH: free — ids 0..3 collide on slot[id % 2], but each slot is always accessed under locks[id % 2], the lock of that same slot */
#include <pthread.h>

#define N 4
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int slot[2];

void *worker(void *arg)
{
    long id = (long)arg;
    long k = id % 2;
    for (int i = 0; i < 50; i++) {
        pthread_mutex_lock(&locks[k]);
        slot[k]++;
        pthread_mutex_unlock(&locks[k]);
    }
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return slot[0] == 100 && slot[1] == 100 ? 0 : 1;
}
