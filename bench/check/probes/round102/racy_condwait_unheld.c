/* TRUTH: racy — pthread_cond_wait with an error-checking mutex the thread does not hold returns EPERM at once, so on_wait() bumps spurious in the worker while main writes it unlocked */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t em;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int spurious;

static void on_wait(int rc)
{
    if (rc != 0)
        spurious++;
}

static void *worker(void *arg)
{
    (void)arg;
    on_wait(pthread_cond_wait(&cv, &em)); /* em not held: EPERM */
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&em, &a);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    spurious = 5;
    pthread_join(t, NULL);
    printf("%d\n", spurious);
    return 0;
}
