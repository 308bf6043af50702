/* free: t1 retries trylock on m1 in a do-while and t2 locks m1 too; counter is always
   under m1. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *t1(void *a) {
    (void)a;
    do { } while (pthread_mutex_trylock(&m1) != 0);
    counter++;
    pthread_mutex_unlock(&m1);
    return 0;
}
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m1); counter++; pthread_mutex_unlock(&m1); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
