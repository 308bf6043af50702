/* TRUTH: racy. main starts `helper` while holding m, then waits on the condition (releasing m). helper takes m, sets ready, signals, unlocks and then reads `result` without the lock, while main, woken, writes result holding m: main's write and helper's unlocked read are unordered. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int ready;
static int result;

static void *helper(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&c);
    pthread_mutex_unlock(&m);
    printf("helper sees %d\n", result); /* unlocked */
    return NULL;
}

int main(void)
{
    pthread_t h;
    pthread_mutex_lock(&m);
    pthread_create(&h, NULL, helper, NULL);
    while (!ready)
        pthread_cond_wait(&c, &m);
    result = 5; /* holding m, but helper does not hold it when reading */
    pthread_mutex_unlock(&m);
    pthread_join(h, NULL);
    return 0;
}
