/* TRUTH: racy — inc() locks the mutex it is given; one thread passes &m1 and the other &m2, so the increments of total hold different locks */
#include <pthread.h>
#include <unistd.h>

pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
int total;

static void inc(pthread_mutex_t *l)
{
    pthread_mutex_lock(l);
    total++;
    pthread_mutex_unlock(l);
}

void *a_fn(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        inc(&m1);
        usleep(1000);
    }
    return 0;
}

void *b_fn(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        inc(&m2);
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, a_fn, 0);
    pthread_create(&b, 0, b_fn, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return total == 40 ? 0 : 1;
}
