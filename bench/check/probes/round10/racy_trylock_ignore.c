/* racy: the return value of pthread_mutex_trylock is ignored; if it fails the
   thread still writes shared without holding the lock. */
#include <pthread.h>
static int shared;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *t(void *a) {
    (void)a;
    pthread_mutex_trylock(&m);
    shared++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t, 0);
    pthread_create(&b, 0, t, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return shared;
}
