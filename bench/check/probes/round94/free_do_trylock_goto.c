/* free: after 3 failed tries the do-while body jumps to a blocking lock with goto; either
   way counter++ runs under m. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *worker(void *a) {
    (void)a;
    int tries = 0;
    do {
        if (tries++ == 3) goto block;
    } while (pthread_mutex_trylock(&m) != 0);
    goto got;
block:
    pthread_mutex_lock(&m);
got:
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
