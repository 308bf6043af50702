/* TRUTH: racy — thread a increments count under m, thread b increments it without the lock; the two read-modify-writes of count race */
#include <pthread.h>
static int count;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *locked(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    count++;
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *unlocked(void *arg)
{
    (void)arg;
    count++;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, locked, NULL);
    pthread_create(&b, NULL, unlocked, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return count;
}
