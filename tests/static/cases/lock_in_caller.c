// The lock is taken by the caller; the callee's accesses are protected. A callee called without it is not.
#include <pthread.h>

int total;
int other;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void add(int v)
{
    total += v; // NORACE
}

static void bump(void)
{
    other++; // RACE
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    add(1);
    pthread_mutex_unlock(&m);
    bump();
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    pthread_mutex_lock(&m);
    add(2);
    pthread_mutex_unlock(&m);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
