/* TRUTH: free — a recursive mutex is taken in update() and again in the nested bump(); x is written only while it is held at least once */
#include <pthread.h>

pthread_mutex_t rm;
int x;

static void bump(void)
{
    pthread_mutex_lock(&rm);
    x = x + 1;
    pthread_mutex_unlock(&rm);
}

static void update(void)
{
    pthread_mutex_lock(&rm);
    bump();
    x = x * 1;
    pthread_mutex_unlock(&rm);
}

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++)
        update();
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
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    pthread_mutex_destroy(&rm);
    return x == 100 ? 0 : 1;
}
