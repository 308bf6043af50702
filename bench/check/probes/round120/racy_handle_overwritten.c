/* TRUTH: racy — one pthread_t variable is reused for all three creates, so only the last thread is joined; main's unlocked read of total races with the locked writes of the earlier (longer-running) threads */
#include <pthread.h>
#include <unistd.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int total;

void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 20 * (3 - id); i++) {
        pthread_mutex_lock(&m);
        total++;
        pthread_mutex_unlock(&m);
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t t;
    for (long i = 0; i < 3; i++)
        pthread_create(&t, 0, worker, (void *)i);
    pthread_join(t, 0);
    int s = 0;
    for (int i = 0; i < 20; i++) {
        s += total;
        usleep(1000);
    }
    return s > 0 ? 0 : 1;
}
