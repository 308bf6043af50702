/* Racy: the reader leaves the room (last reader posts 'room') BEFORE it reads shared[],
   so a writer admitted by that sem_post writes shared[] while the reader reads it. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>

static int readers;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static sem_t room;
static int shared[4];

static void *reader(void *arg)
{
    long s = 0;
    (void)arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&m);
        if (++readers == 1)
            sem_wait(&room);
        pthread_mutex_unlock(&m);

        pthread_mutex_lock(&m);
        if (--readers == 0)
            sem_post(&room);
        pthread_mutex_unlock(&m);

        s += shared[0] + shared[1] + shared[2] + shared[3]; /* BUG: read after leaving */
    }
    return (void *)s;
}

static void *writer(void *arg)
{
    int id = *(int *)arg;
    for (int i = 0; i < 50; i++) {
        sem_wait(&room);
        shared[i % 4] += id;
        sem_post(&room);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t r[3], w[2];
    static int ids[2] = {1, 2};
    sem_init(&room, 0, 1);
    for (int i = 0; i < 2; i++)
        pthread_create(&w[i], NULL, writer, &ids[i]);
    for (int i = 0; i < 3; i++)
        pthread_create(&r[i], NULL, reader, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(r[i], NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(w[i], NULL);
    printf("%d %d %d %d\n", shared[0], shared[1], shared[2], shared[3]);
    sem_destroy(&room);
    return 0;
}
