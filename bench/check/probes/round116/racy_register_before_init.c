/* TRUTH: racy — probe publishes the device in the global table and only afterwards fills dev->mode/dev->irq without a lock; a lookup thread reads them */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define MAX_DEVS 4
struct sensor_dev {
    int id;
    int mode;
    int irq;
};

static pthread_mutex_t devtab_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sensor_dev *devtab[MAX_DEVS];

static int register_device(struct sensor_dev *d) {
    int slot = -1;
    pthread_mutex_lock(&devtab_lock);
    for (int i = 0; i < MAX_DEVS; i++)
        if (!devtab[i]) { devtab[i] = d; slot = i; break; }
    pthread_mutex_unlock(&devtab_lock);
    return slot;
}

static struct sensor_dev *lookup_device(int id) {
    struct sensor_dev *r = NULL;
    pthread_mutex_lock(&devtab_lock);
    for (int i = 0; i < MAX_DEVS; i++)
        if (devtab[i] && devtab[i]->id == id) { r = devtab[i]; break; }
    pthread_mutex_unlock(&devtab_lock);
    return r;
}

static struct sensor_dev sensor0;

static int sensor_probe(void) {
    sensor0.id = 7;
    if (register_device(&sensor0) < 0) return -1;
    /* "finish" initialisation -- too late, already visible */
    usleep(300);
    sensor0.mode = 2;
    sensor0.irq = 42;
    return 0;
}

static void *probe_thread(void *a) { (void)a; sensor_probe(); return NULL; }

static void *client_thread(void *a) {
    (void)a;
    struct sensor_dev *d;
    while (!(d = lookup_device(7))) usleep(50);
    int m = d->mode;
    int irq = d->irq;
    usleep(1000);
    return (void *)(long)(m + irq);
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, client_thread, NULL);
    pthread_create(&p, NULL, probe_thread, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", sensor0.mode);
    return 0;
}
