/* TRUTH: racy — the writer sets x and waits at the barrier each round, the reader waits and then reads x; with one barrier per round the writer's next-round write races with the reader's read */
#include <pthread.h>
#include <unistd.h>

pthread_barrier_t bar;
int x;

void *writer(void *arg)
{
    (void)arg;
    for (int r = 0; r < 20; r++) {
        usleep(1000);
        x = r;
        pthread_barrier_wait(&bar);
    }
    return 0;
}

void *reader(void *arg)
{
    (void)arg;
    long s = 0;
    for (int r = 0; r < 20; r++) {
        pthread_barrier_wait(&bar);
        s += x;
        usleep(2000);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t w, r;
    pthread_barrier_init(&bar, 0, 2);
    pthread_create(&w, 0, writer, 0);
    pthread_create(&r, 0, reader, 0);
    pthread_join(w, 0);
    pthread_join(r, 0);
    pthread_barrier_destroy(&bar);
    return 0;
}
