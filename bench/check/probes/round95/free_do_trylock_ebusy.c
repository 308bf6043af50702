/* free: the do-while retries while trylock(&m) == EBUSY (a default mutex gives 0 or
   EBUSY), so t1 holds m at counter++. */
#include <pthread.h>
#include <errno.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *t1(void *a) {
    (void)a;
    int tries = 0;
    do {
        tries++;
    } while (pthread_mutex_trylock(&m) == EBUSY);
    counter++;
    pthread_mutex_unlock(&m);
    return (void *)(long)tries;
}
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&b, 0, t2, 0);
    pthread_create(&a, 0, t1, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
