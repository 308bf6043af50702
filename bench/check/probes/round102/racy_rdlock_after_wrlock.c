/* TRUTH: racy — a read lock asked for while the thread holds the write lock returns EDEADLK (glibc), so retry_plain() writes readers_failed in the worker while main writes it unlocked */
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int readers_failed;

static void retry_plain(int rc)
{
    if (rc != 0)
        readers_failed = 1;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_rwlock_wrlock(&rw);
    int rc = pthread_rwlock_rdlock(&rw); /* EDEADLK */
    pthread_rwlock_unlock(&rw);
    retry_plain(rc);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    readers_failed = 0;
    pthread_join(t, NULL);
    printf("%d\n", readers_failed);
    return 0;
}
