/* free: lost-update exercise with the increment inside a mutex. */
#include <pthread.h>
#include <assert.h>
static int counter;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *inc(void *a) { (void)a; for (int i = 0; i < 100; i++) { pthread_mutex_lock(&m); counter = counter + 1; pthread_mutex_unlock(&m); } return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, inc, 0);
    pthread_create(&b, 0, inc, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    assert(counter == 200);
    return 0;
}
