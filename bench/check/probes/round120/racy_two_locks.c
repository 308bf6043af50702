/* TRUTH: racy — the counter is incremented under lock a in one thread and under lock b in the other; no common lock */
#include <pthread.h>
#include <unistd.h>

pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t b = PTHREAD_MUTEX_INITIALIZER;
int counter;

void *inc_a(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&a);
        counter++;
        pthread_mutex_unlock(&a);
        usleep(1000);
    }
    return 0;
}

void *inc_b(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&b);
        counter++;
        pthread_mutex_unlock(&b);
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, inc_a, 0);
    pthread_create(&t2, 0, inc_b, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return counter == 40 ? 0 : 1;
}
