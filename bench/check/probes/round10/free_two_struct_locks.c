/* free: two device instances each with their own lock; each thread touches
   only its own device's counter. */
#include <pthread.h>
struct dev { pthread_mutex_t lock; int n; };
static struct dev devs[2] = { { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 } };
static int total;
static void *t(void *a) {
    struct dev *d = a;
    pthread_mutex_lock(&d->lock);
    d->n++;
    pthread_mutex_unlock(&d->lock);
    return 0;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, 0, t, &devs[0]);
    pthread_create(&y, 0, t, &devs[1]);
    pthread_join(x, 0);
    pthread_join(y, 0);
    total = devs[0].n + devs[1].n;
    return total;
}
