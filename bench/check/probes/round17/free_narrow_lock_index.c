/* Race-free: with_lock(259) and with_lock(3) both lock locks[3] ((unsigned char)259 == 3) around the counter update. */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t locks[4] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                            PTHREAD_MUTEX_INITIALIZER};
long counter;
static void with_lock(unsigned char k)
{
    pthread_mutex_lock(&locks[k]);
    counter++;
    pthread_mutex_unlock(&locks[k]);
}
static void *w1(void *arg)
{
    (void)arg;
    with_lock(259);
    return NULL;
}
static void *w2(void *arg)
{
    (void)arg;
    with_lock(3);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w1, NULL);
    pthread_create(&b, NULL, w2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
