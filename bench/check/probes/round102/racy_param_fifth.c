/* TRUTH: racy — the lock's result is check5's fifth parameter; the lock succeeds (0) and check5 leaves only on !ok where ok is the FIRST parameter (1), so the worker writes hits unlocked */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits;

static void check5(int ok, int a, int b, int c, int rc)
{
    (void)a; (void)b; (void)c;
    if (rc != 0)
        fprintf(stderr, "rc %d\n", rc);
    if (!ok)
        pthread_exit(NULL);
}

static void *worker(void *arg)
{
    (void)arg;
    check5(1, 0, 0, 0, pthread_mutex_lock(&m));
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
