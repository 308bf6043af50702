/* TRUTH: racy - the two threads pass different mutexes (&m1, &m2) to the lock wrapper, so counter++ is not mutually excluded */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void lock(pthread_mutex_t *mx) { pthread_mutex_lock(mx); }
static void unlock(pthread_mutex_t *mx) { pthread_mutex_unlock(mx); }
static void bump(pthread_mutex_t *mx)
{
    lock(mx);
    counter++;
    unlock(mx);
}
static void *w1(void *arg) { (void)arg; bump(&m1); return NULL; }
static void *w2(void *arg) { (void)arg; bump(&m2); return NULL; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w1, NULL);
    pthread_create(&b, NULL, w2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter;
}
