/* TRUTH: free — thread B waits under m in for (i = 0; i <= i - *p; i++) (p = &done, true while done == 0); thread A writes res then sets done under m; B reads res only after the loop, so A's write happens before B's read */
#include <pthread.h>
#include <sched.h>
static int done, res;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *a_fn(void *arg)
{
    (void)arg;
    res = 99;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *b_fn(void *arg)
{
    int *p = &done;
    (void)arg;
    pthread_mutex_lock(&m);
    for (long i = 0; i <= i - *p; i++) {
        pthread_mutex_unlock(&m);
        sched_yield();
        pthread_mutex_lock(&m);
    }
    pthread_mutex_unlock(&m);
    return (void *)(long)res;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
