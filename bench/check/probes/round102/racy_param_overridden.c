/* TRUTH: racy — check() overrides its parameter with the global lenient (set to 1 before the thread starts), so it never leaves and both threads write hits unlocked */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int lenient;
static int hits;

static void check(int ok)
{
    if (lenient)
        ok = 1;
    if (!ok)
        pthread_exit(NULL);
}

static void *worker(void *arg)
{
    (void)arg;
    check(pthread_mutex_lock(&m)); /* 0, but lenient makes ok 1 */
    pthread_mutex_unlock(&m);
    hits++;
    return NULL;
}

int main(void)
{
    lenient = 1;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
