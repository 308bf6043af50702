// Races that may be real but are not certain: weft says why, and does not fail CI on them by default.
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>

int maybe, handed, guarded_flag, data, looped;
atomic_int flag;
sem_t go;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *sometimes(void *arg)
{
    if (arg)
        maybe = 1; // RACE (possible): only on some paths
    return NULL;
}

static void *producer(void *arg)
{
    (void)arg;
    data = 42; // NORACE: a seq_cst flag hand-off (flag_handoff.c)
    atomic_store(&flag, 1);
    handed = 1; // NORACE: posted after, and the consumer waits first (semaphore_handoff.c)
    sem_post(&go);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load(&flag))
        ;
    data++; // NORACE: after the atomic flag is seen
    sem_wait(&go);
    handed++; // NORACE: after the wait, so after the one producer's post
    return NULL;
}

static void *locker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    int r = guarded_flag;
    pthread_mutex_unlock(&m);
    return (void *)(long)r;
}

static void *loop_worker(void *arg)
{
    (void)arg;
    looped = 1; // RACE (definite): the counting loop starts three that run at once
    return NULL;
}

int main(void)
{
    pthread_t t[6], w[3];
    sem_init(&go, 0, 0);
    pthread_create(&t[0], NULL, sometimes, &t[0]);
    pthread_create(&t[1], NULL, sometimes, &t[1]);
    pthread_create(&t[2], NULL, producer, NULL);
    pthread_create(&t[3], NULL, consumer, NULL);
    pthread_create(&t[4], NULL, locker, NULL);
    pthread_create(&t[5], NULL, locker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_create(&w[i], NULL, loop_worker, NULL);
    for (int i = 0; i < 6; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(w[i], NULL);
    return maybe + data + handed + looped; // NORACE: every thread was joined
}
