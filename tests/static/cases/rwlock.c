// Readers under a read lock do not race with each other; a writer under a read lock races.
#include <pthread.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int config;
static int stats;

static void *reader(void *arg)
{
    (void)arg;
    pthread_rwlock_rdlock(&rw);
    int c = config; // NORACE
    pthread_rwlock_unlock(&rw);
    return (void *)(long)c;
}

static void *writer(void *arg)
{
    (void)arg;
    pthread_rwlock_wrlock(&rw);
    config = 2; // NORACE: write mode excludes readers
    pthread_rwlock_unlock(&rw);
    return NULL;
}

static void *sloppy(void *arg)
{
    (void)arg;
    pthread_rwlock_rdlock(&rw);
    stats++; // RACE: a read lock does not exclude another reader that writes
    pthread_rwlock_unlock(&rw);
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    pthread_create(&t[0], NULL, reader, NULL);
    pthread_create(&t[1], NULL, reader, NULL);
    pthread_create(&t[2], NULL, writer, NULL);
    pthread_create(&t[3], NULL, sloppy, NULL);
    pthread_create(&t[3], NULL, sloppy, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return 0;
}
