/* free: device struct has an embedded mutex; both threads take it before
   touching dev->stats. */
#include <pthread.h>
#include <stdlib.h>
struct stats { int rx; int tx; };
struct device { pthread_mutex_t lock; struct stats st; int id; };
static struct device *gdev;
static void *irq_thread(void *arg) {
    struct device *d = arg;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&d->lock);
        d->st.rx++;
        pthread_mutex_unlock(&d->lock);
    }
    return NULL;
}
static void *ioctl_thread(void *arg) {
    struct device *d = arg;
    pthread_mutex_lock(&d->lock);
    d->st.rx = 0;
    pthread_mutex_unlock(&d->lock);
    return NULL;
}
int main(void) {
    gdev = malloc(sizeof *gdev);
    pthread_mutex_init(&gdev->lock, NULL);
    gdev->st.rx = gdev->st.tx = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, irq_thread, gdev);
    pthread_create(&b, NULL, ioctl_thread, gdev);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    free(gdev);
    return 0;
}
