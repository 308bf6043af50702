/* TRUTH: racy — the constructor's worker tests g while it is still 0 (main stores 5 only after sem_wait), posts s, then writes x as main does */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t s;
static int g, x;
static pthread_t t;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 0) {
        sem_post(&s);
        x++;
        return 0;
    }
    sem_post(&s);
    return 0;
}

__attribute__((constructor)) static void start(void)
{
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, worker, 0);
}

int main(void)
{
    sem_wait(&s);
    g = 5;
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
