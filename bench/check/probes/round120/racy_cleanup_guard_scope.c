/* TRUTH: racy — the worker's lock guard is released by a cleanup-attribute handler at the end of the inner block, so its later write of y holds no lock against the other thread's locked write */
#include <pthread.h>
#include <unistd.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
int y;

static void unlock_guard(pthread_mutex_t **g)
{
    pthread_mutex_unlock(*g);
}

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        {
            pthread_mutex_t *g __attribute__((cleanup(unlock_guard))) = &m;
            pthread_mutex_lock(g);
            x++;
        }
        y++;
        usleep(1000);
    }
    return 0;
}

void *other(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&m);
        x--;
        y--;
        pthread_mutex_unlock(&m);
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, other, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
