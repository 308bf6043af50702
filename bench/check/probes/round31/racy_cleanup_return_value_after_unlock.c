/* TRUTH: racy. The cleanup (unlock) runs after the return value is computed, but the caller then writes 'last' without the lock in both workers. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int seq;
static int last;

static void unlock_guard(pthread_mutex_t **l) { pthread_mutex_unlock(*l); }

static int next_seq(void)
{
    pthread_mutex_t *g __attribute__((cleanup(unlock_guard))) = &m;
    pthread_mutex_lock(g);
    return ++seq;
}

static void *worker(void *arg)
{
    (void)arg;
    last = next_seq();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", seq, last);
    return 0;
}
