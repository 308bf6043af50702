/* free: each thread retries pthread_mutex_trylock in a do-while until it gets m, then
   updates counter and unlocks; counter is always under m. */
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
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter + spins;
}
