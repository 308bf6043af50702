/* TRUTH: racy — both threads take only the read side of the rwlock and then write hits; read locks do not exclude each other */
#include <pthread.h>
#include <unistd.h>

pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int hits;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_rwlock_rdlock(&rw);
        hits = hits + 1;
        usleep(500);
        pthread_rwlock_unlock(&rw);
        usleep(500);
    }
    return 0;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return hits == 40 ? 0 : 1;
}
