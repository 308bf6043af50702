/* TRUTH: free — rm is recursive (settype 1): the owner's untested trylock takes another level, so after one unlock x++ is still under rm */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t rm;
static int x;
static void *a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&rm);
    int r = pthread_mutex_trylock(&rm);
    pthread_mutex_unlock(&rm);
    x++;
    if (r == 0)
        pthread_mutex_unlock(&rm);
    return 0;
}
static void *b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&rm);
    x++;
    pthread_mutex_unlock(&rm);
    return 0;
}
int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, 1);
    pthread_mutex_init(&rm, &at);
    pthread_t t1, t2;
    pthread_create(&t1, 0, a, 0);
    pthread_create(&t2, 0, b, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    printf("%d\n", x);
    return 0;
}
