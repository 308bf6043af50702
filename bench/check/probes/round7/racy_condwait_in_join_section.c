/* TRUTH: racy. main holds m across create/join of t1 but cond_wait releases m meanwhile, so t2 (under m) increments x while t1 increments it unlocked. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int done;
static int x;

static void *t1_fn(void *arg)
{
    (void)arg;
    x++;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *t2_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t2, NULL, t2_fn, NULL);
    pthread_mutex_lock(&m);
    pthread_create(&t1, NULL, t1_fn, NULL);
    while (!done)
        pthread_cond_wait(&cv, &m);
    pthread_join(t1, NULL);
    pthread_mutex_unlock(&m);
    pthread_join(t2, NULL);
    printf("%d\n", x);
    return 0;
}
