/* racy: the workers take m by a do-while over trylock before counter++, but main writes
   counter without m while they run. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter, spins;
static void *worker(void *a) {
    (void)a;
    int local = 0;
    do {
        local++;
    } while (pthread_mutex_trylock(&m) != 0);
    counter++;
    pthread_mutex_unlock(&m);
    return (void *)(long)local;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    counter = 10;
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter + spins;
}
