/* TRUTH: racy - main checks done once under m without waiting and reads result regardless; the detached worker may be writing result then */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int done;
static long result;
static void *worker(void *arg)
{
    (void)arg;
    result = 55;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    pthread_mutex_lock(&m);
    int d = done;
    pthread_mutex_unlock(&m);
    printf("%d %ld\n", d, result);
    return 0;
}
