/* TRUTH: race-free - acquire() spins in while(1) until it sets busy under m (returns only then); data is only touched between acquire/release */
#include <pthread.h>
int busy, data;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void acquire(void)
{
    while (1) {
        pthread_mutex_lock(&m);
        if (!busy) {
            busy = 1;
            pthread_mutex_unlock(&m);
            return;
        }
        pthread_mutex_unlock(&m);
    }
}
void release(void)
{
    pthread_mutex_lock(&m);
    busy = 0;
    pthread_mutex_unlock(&m);
}
void *thr(void *a)
{
    acquire();
    data++;
    release();
    return a;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, thr, 0);
    pthread_create(&t2, 0, thr, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return data;
}
