/* TRUTH: racy — four threads share a barrier of count 2; the reader pairs with an idle thread and passes before the slow writer has written x */
#include <pthread.h>
#include <unistd.h>

pthread_barrier_t bar;
int x;

void *writer(void *arg)
{
    (void)arg;
    usleep(10000);
    x = 42;
    pthread_barrier_wait(&bar);
    return 0;
}

void *reader(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&bar);
    return (void *)(long)x;
}

void *idle(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&bar);
    return 0;
}

int main(void)
{
    pthread_t w, r, i1, i2;
    pthread_barrier_init(&bar, 0, 2);
    pthread_create(&r, 0, reader, 0);
    pthread_create(&i1, 0, idle, 0);
    usleep(2000);
    pthread_create(&w, 0, writer, 0);
    pthread_create(&i2, 0, idle, 0);
    pthread_join(w, 0);
    pthread_join(r, 0);
    pthread_join(i1, 0);
    pthread_join(i2, 0);
    pthread_barrier_destroy(&bar);
    return 0;
}
