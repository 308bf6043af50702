/* TRUTH: free — total is only updated with the recursive mutex r held (taken twice, released twice); both threads use r */
#include <pthread.h>
static pthread_mutex_t r;
static long total;
static void add(long v)
{
    pthread_mutex_lock(&r);
    total += v;
    pthread_mutex_unlock(&r);
}
static void *work(void *arg)
{
    long v = (long)arg;
    pthread_mutex_lock(&r);
    add(v);
    total += 1;
    pthread_mutex_unlock(&r);
    return NULL;
}
int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&r, &at);
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)2L);
    pthread_create(&b, NULL, work, (void *)3L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total == 7 ? 0 : 1;
}
