/* TRUTH: racy. A worker thread registers a second driver (writing drivers[1] and ndrivers) while the dispatcher thread iterates the table without a lock. */
#include <pthread.h>
#include <stdio.h>

typedef void (*event_cb)(int ev, void *ctx);

typedef struct driver {
    const char *name;
    event_cb on_event;
    void *ctx;
} driver_t;

#define MAXDRV 4
static driver_t drivers[MAXDRV];
static int ndrivers;
static pthread_mutex_t cb_lock = PTHREAD_MUTEX_INITIALIZER;
static long events_seen[MAXDRV];

static int register_driver(const char *name, event_cb cb, void *ctx)
{
    if (ndrivers >= MAXDRV)
        return -1;
    drivers[ndrivers].name = name;
    drivers[ndrivers].on_event = cb;
    drivers[ndrivers].ctx = ctx;
    return ndrivers++;
}

static void count_cb(int ev, void *ctx)
{
    long *slot = ctx;
    pthread_mutex_lock(&cb_lock);
    *slot += ev;
    pthread_mutex_unlock(&cb_lock);
}

static void *dispatcher(void *arg)
{
    (void)arg;
    for (int ev = 0; ev < 100; ev++)
        for (int i = 0; i < ndrivers; i++)
            if (drivers[i].on_event)
                drivers[i].on_event(ev, drivers[i].ctx);
    return NULL;
}

static void *hotplug(void *arg)
{
    (void)arg;
    register_driver("late", count_cb, &events_seen[1]);
    return NULL;
}

int main(void)
{
    pthread_t d, h;
    register_driver("first", count_cb, &events_seen[0]);
    pthread_create(&d, NULL, dispatcher, NULL);
    pthread_create(&h, NULL, hotplug, NULL);
    pthread_join(d, NULL);
    pthread_join(h, NULL);
    printf("%ld\n", events_seen[0]);
    return 0;
}
