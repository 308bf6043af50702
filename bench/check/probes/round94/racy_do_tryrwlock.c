/* racy: both threads take rw for reading (do-while over tryrdlock) and then write
   counter; two readers hold rw at once, so the writes race. */
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int counter;
static void *worker(void *a) {
    (void)a;
    do {
    } while (pthread_rwlock_tryrdlock(&rw) != 0);
    counter++;
    pthread_rwlock_unlock(&rw);
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
