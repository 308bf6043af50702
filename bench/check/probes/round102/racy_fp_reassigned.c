/* TRUTH: racy — on_rc starts as check (which leaves on !ok) but main points it at lenient before starting the worker, so the worker goes on and writes hits unlocked */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits;

static void check(int ok)
{
    if (!ok)
        pthread_exit(NULL);
}
static void lenient(int ok) { (void)ok; }
static void (*on_rc)(int) = check;

static void *worker(void *arg)
{
    (void)arg;
    on_rc(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    hits++;
    return NULL;
}

int main(void)
{
    on_rc = lenient;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
