/* free: the do-while gives up after 3 failed trylocks, and then the thread takes m with a
   blocking lock; counter++ always runs under m. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *worker(void *a) {
    (void)a;
    int tries = 0, r;
    do {
        r = pthread_mutex_trylock(&m);
    } while (r != 0 && tries++ < 3);
    if (r != 0) pthread_mutex_lock(&m);
    counter++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
