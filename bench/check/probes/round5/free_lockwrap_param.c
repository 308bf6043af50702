/* TRUTH: race-free - both threads update counter only inside lock(&m)/unlock(&m) wrappers that take the mutex pointer as a parameter */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void lock(pthread_mutex_t *mx) { pthread_mutex_lock(mx); }
static void unlock(pthread_mutex_t *mx) { pthread_mutex_unlock(mx); }
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        lock(&m);
        counter++;
        unlock(&m);
    }
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter == 200 ? 0 : 1;
}
