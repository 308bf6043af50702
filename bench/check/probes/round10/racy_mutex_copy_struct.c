/* racy: the thread copies the device struct (including its mutex) by value
   and locks the COPY's mutex, so the lock is not shared. */
#include <pthread.h>
struct dev { pthread_mutex_t lock; int *counter; };
static int count;
static struct dev gdev = { PTHREAD_MUTEX_INITIALIZER, &count };
static void *t(void *x) {
    (void)x;
    struct dev d = gdev;
    pthread_mutex_lock(&d.lock);
    (*d.counter)++;
    pthread_mutex_unlock(&d.lock);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return count;
}
