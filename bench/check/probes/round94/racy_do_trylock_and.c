/* racy: the do-while stops on success or once tries reaches 3 (&& in the condition), so
   counter++ may run without m while the other thread holds it. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *worker(void *a) {
    (void)a;
    int tries = 0;
    do {
    } while (pthread_mutex_trylock(&m) != 0 && ++tries < 3);
    counter++;
    if (tries < 3) pthread_mutex_unlock(&m);
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
