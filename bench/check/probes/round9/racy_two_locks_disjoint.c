/* TRUTH: racy. After the hand-over-hand sequence the first thread holds only m2 when writing x, while the second thread holds only m1. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m1);
    pthread_mutex_lock(&m2);
    pthread_mutex_unlock(&m1);
    x++;
    pthread_mutex_unlock(&m2);
    return NULL;
}

static void *b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m1);
    x++;
    pthread_mutex_unlock(&m1);
    return NULL;
}

int main(void)
{
    pthread_t ta, tb;
    pthread_create(&ta, NULL, a, NULL);
    pthread_create(&tb, NULL, b, NULL);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    printf("%d\n", x);
    return 0;
}
