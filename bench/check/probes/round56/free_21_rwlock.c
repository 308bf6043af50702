/* TRUTH: free — readers read `routes` under the read lock, the updater writes it under the write lock; rdlock/wrlock exclude each other. */
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int routes[8];

static void *reader(void *arg)
{
    (void)arg;
    int s = 0;
    for (int k = 0; k < 20; k++) {
        pthread_rwlock_rdlock(&rw);
        for (int i = 0; i < 8; i++)
            s += routes[i];
        pthread_rwlock_unlock(&rw);
    }
    return (void *)(long)s;
}

static void *updater(void *arg)
{
    (void)arg;
    for (int k = 0; k < 20; k++) {
        pthread_rwlock_wrlock(&rw);
        routes[k % 8] = k;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

int main(void)
{
    pthread_t r1, r2, u;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_create(&u, NULL, updater, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    pthread_join(u, NULL);
    printf("%d\n", routes[3]);
    return 0;
}
