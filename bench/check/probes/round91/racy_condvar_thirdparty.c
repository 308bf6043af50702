/* racy: main waits (predicate loop) for `done`, which thread B sets; but `answer` is
   written by thread A, which nothing orders before main's read. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int done, answer;

static void *ta(void *x) { (void)x; answer = 42; return NULL; }

static void *tb(void *x) {
    (void)x;
    pthread_mutex_lock(&mu);
    done = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    pthread_mutex_lock(&mu);
    while (!done)
        pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    printf("%d\n", answer);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
