/* TRUTH: free — spawn() wraps pthread_create; the spawned tasks update `pending` only under pend_lock, and main reads it after joining through the returned handles. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t pend_lock = PTHREAD_MUTEX_INITIALIZER;
static int pending = 10;

static void *task(void *arg)
{
    int n = (int)(long)arg;
    pthread_mutex_lock(&pend_lock);
    pending -= n;
    pthread_mutex_unlock(&pend_lock);
    return NULL;
}

static pthread_t spawn(void *(*fn)(void *), long arg)
{
    pthread_t t;
    if (pthread_create(&t, NULL, fn, (void *)arg) != 0) {
        perror("pthread_create");
        fn((void *)arg);
        return pthread_self();
    }
    return t;
}

int main(void)
{
    pthread_t a = spawn(task, 3);
    pthread_t b = spawn(task, 4);
    if (!pthread_equal(a, pthread_self()))
        pthread_join(a, NULL);
    if (!pthread_equal(b, pthread_self()))
        pthread_join(b, NULL);
    printf("%d\n", pending);
    return 0;
}
