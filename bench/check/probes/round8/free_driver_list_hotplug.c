/* TRUTH: free. The global driver list is modified and walked only under drv_list_lock; each device's counter is updated under that device's own lock. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct device device_t;
typedef struct {
    const char *name;
    int (*probe)(device_t *);
    void (*remove)(device_t *);
} driver_ops_t;

struct device {
    char name[16];
    int bound;
    long opens;
    pthread_mutex_t lock;
    const driver_ops_t *drv;
    device_t *next;
};

static device_t *dev_list;
static pthread_mutex_t drv_list_lock = PTHREAD_MUTEX_INITIALIZER;
static long probes_total;

static int generic_probe(device_t *d)
{
    d->bound = 1;
    return 0;
}

static void generic_remove(device_t *d)
{
    d->bound = 0;
}

static const driver_ops_t generic_drv = { "generic", generic_probe, generic_remove };

static device_t *add_device(const char *name)
{
    device_t *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    strncpy(d->name, name, sizeof d->name - 1);
    pthread_mutex_init(&d->lock, NULL);
    d->drv = &generic_drv;
    pthread_mutex_lock(&drv_list_lock);
    d->next = dev_list;
    dev_list = d;
    pthread_mutex_unlock(&drv_list_lock);
    return d;
}

static void bind_device(device_t *d)
{
    pthread_mutex_lock(&d->lock);
    if (!d->bound && d->drv->probe(d) == 0) {
        d->opens++;
        pthread_mutex_unlock(&d->lock);
        pthread_mutex_lock(&drv_list_lock);
        probes_total++;
        pthread_mutex_unlock(&drv_list_lock);
        return;
    }
    pthread_mutex_unlock(&d->lock);
}

static void *scan(void *arg)
{
    device_t *d = arg;
    for (int i = 0; i < 10; i++) {
        bind_device(d);
        pthread_mutex_lock(&d->lock);
        d->drv->remove(d);
        pthread_mutex_unlock(&d->lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    device_t *a = add_device("eth0"), *b = add_device("eth1");
    if (!a || !b)
        return 1;
    pthread_create(&t[0], NULL, scan, a);
    pthread_create(&t[1], NULL, scan, b);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    while (dev_list) {
        device_t *n = dev_list->next;
        pthread_mutex_destroy(&dev_list->lock);
        free(dev_list);
        dev_list = n;
    }
    return probes_total != 20;
}
