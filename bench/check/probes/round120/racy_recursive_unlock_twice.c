/* TRUTH: racy — the recursive mutex is locked twice and unlocked twice before x is written, so that write is unprotected against the other thread's locked write */
#include <pthread.h>
#include <unistd.h>

pthread_mutex_t rm;
int x;

void *nested(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&rm);
        pthread_mutex_lock(&rm);
        x = x + 1;
        pthread_mutex_unlock(&rm);
        pthread_mutex_unlock(&rm);
        x = x * 2;
        usleep(1000);
    }
    return 0;
}

void *plain(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&rm);
        x = x - 1;
        pthread_mutex_unlock(&rm);
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rm, &at);
    pthread_mutexattr_destroy(&at);
    pthread_t a, b;
    pthread_create(&a, 0, nested, 0);
    pthread_create(&b, 0, plain, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    pthread_mutex_destroy(&rm);
    return 0;
}
