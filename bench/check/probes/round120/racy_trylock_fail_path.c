/* TRUTH: racy — when pthread_mutex_trylock fails the code still writes x without holding m, concurrently with the holder's locked write (the holder keeps m for 100ms so the trylock fails) */
#include <pthread.h>
#include <unistd.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;

void *holder(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    usleep(100000);
    x = 1;
    pthread_mutex_unlock(&m);
    return 0;
}

void *trier(void *arg)
{
    (void)arg;
    usleep(20000);
    if (pthread_mutex_trylock(&m) == 0) {
        x = 2;
        pthread_mutex_unlock(&m);
    } else {
        x = 3;
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, holder, 0);
    pthread_create(&b, 0, trier, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
