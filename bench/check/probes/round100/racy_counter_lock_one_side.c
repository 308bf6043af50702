/* TRUTH: racy — the incrementer locks, but the resetter writes hits without the lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int hits;
static pthread_mutex_t hits_lock = PTHREAD_MUTEX_INITIALIZER;

static void *incrementer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&hits_lock);
        hits++;
        pthread_mutex_unlock(&hits_lock);
    }
    return NULL;
}

static void *resetter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        usleep(100);
        hits = 0;           /* forgot the lock */
    }
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, incrementer, NULL);
    pthread_create(&t2, NULL, resetter, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("hits=%d\n", hits);
    return 0;
}
