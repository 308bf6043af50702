/* TRUTH: racy. Each thread locks a different element locks[id] before updating the single shared total, so the locks do not exclude each other. */
#include <pthread.h>

#define NB 4
static pthread_mutex_t locks[NB] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                     PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static long total;

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int b = id;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&locks[b]);
        total += i;
        pthread_mutex_unlock(&locks[b]);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return total == 0;
}
