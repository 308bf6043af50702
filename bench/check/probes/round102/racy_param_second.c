/* TRUTH: racy — check_rc(what, rc, strict) leaves only when rc != 0 and strict; lock succeeds, so the worker goes on and writes hits unlocked as main does */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits;

static void check_rc(const char *what, int rc, int strict)
{
    if (rc == 0)
        return;
    fprintf(stderr, "%s failed\n", what);
    if (strict)
        pthread_exit(NULL);
}

static void *worker(void *arg)
{
    (void)arg;
    check_rc("lock", pthread_mutex_lock(&m), 1);
    pthread_mutex_unlock(&m);
    hits++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
