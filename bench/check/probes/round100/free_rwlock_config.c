/* TRUTH: free — readers hold the rdlock to read settings, the updater holds the wrlock to change them */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_rwlock_t cfg_lock = PTHREAD_RWLOCK_INITIALIZER;
static int timeout_ms = 100;
static int retries = 3;

static void *reader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 5; i++) {
        pthread_rwlock_rdlock(&cfg_lock);
        int t = timeout_ms, r = retries;
        pthread_rwlock_unlock(&cfg_lock);
        printf("timeout=%d retries=%d\n", t, r);
        usleep(500);
    }
    return NULL;
}

static void *updater(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        pthread_rwlock_wrlock(&cfg_lock);
        timeout_ms += 50;
        retries++;
        pthread_rwlock_unlock(&cfg_lock);
        usleep(700);
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
    return 0;
}
