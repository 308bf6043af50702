/* free: main calls pthread_exit without joining; the workers increment
   `total` under a mutex. */
#include <pthread.h>
static int total;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *x) { (void)x; pthread_mutex_lock(&m); total += 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, w, 0);
    pthread_create(&q, 0, w, 0);
    pthread_exit(0);
}
