/* TRUTH: racy — each thread locks its own automatic mutex m declared inside the start routine, so the two increments of count share no lock */
#include <pthread.h>
#include <unistd.h>

int count;

void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_t m;
    pthread_mutex_init(&m, 0);
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&m);
        count++;
        pthread_mutex_unlock(&m);
        usleep(1000);
    }
    pthread_mutex_destroy(&m);
    return 0;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return count == 40 ? 0 : 1;
}
