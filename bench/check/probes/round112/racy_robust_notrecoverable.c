/* TRUTH: racy — the robust mutex's owner dies holding it; main unlocks it without pthread_mutex_consistent, so it becomes unrecoverable and the workers' untested locks all fail: x++ unprotected */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t rm;
static int x;
static void *dies(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&rm);
    return 0;
}
static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&rm);
    x++;
    pthread_mutex_unlock(&rm);
    return 0;
}
int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&rm, &a);
    pthread_t d, t1, t2;
    pthread_create(&d, 0, dies, 0);
    pthread_join(d, 0);
    int r = pthread_mutex_lock(&rm);
    if (r == EOWNERDEAD)
        pthread_mutex_unlock(&rm);
    pthread_create(&t1, 0, worker, 0);
    pthread_create(&t2, 0, worker, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    printf("%d\n", x);
    return 0;
}
