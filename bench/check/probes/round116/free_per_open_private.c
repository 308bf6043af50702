/* TRUTH: free — open() allocates a per-file context stored in file->private_data that only the opening thread uses; the device-wide open counter is under dev->lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct file { void *private_data; };

struct evdev {
    pthread_mutex_t lock;
    int nr_clients;
    int next_id;
};

struct evdev_client {
    struct evdev *ev;
    int id;
    unsigned head, tail;
    int buffer[16];
};

static struct evdev evdev0 = { PTHREAD_MUTEX_INITIALIZER, 0, 1 };

static int evdev_open(struct evdev *ev, struct file *f) {
    struct evdev_client *c = calloc(1, sizeof(*c));
    if (!c) return -1;
    c->ev = ev;
    pthread_mutex_lock(&ev->lock);
    ev->nr_clients++;
    c->id = ev->next_id++;
    pthread_mutex_unlock(&ev->lock);
    f->private_data = c;
    return 0;
}

static void evdev_fill(struct file *f, int v) {
    struct evdev_client *c = f->private_data;
    c->buffer[c->head++ & 15] = v;
}

static int evdev_read(struct file *f) {
    struct evdev_client *c = f->private_data;
    int s = 0;
    while (c->tail != c->head) s += c->buffer[c->tail++ & 15];
    return s;
}

static void evdev_release(struct file *f) {
    struct evdev_client *c = f->private_data;
    pthread_mutex_lock(&c->ev->lock);
    c->ev->nr_clients--;
    pthread_mutex_unlock(&c->ev->lock);
    free(c);
    f->private_data = NULL;
}

static void *app(void *arg) {
    struct file f;
    long acc = 0;
    if (evdev_open(arg, &f)) return NULL;
    for (int i = 0; i < 20; i++) { evdev_fill(&f, i); if (i % 4 == 3) acc += evdev_read(&f); usleep(5); }
    evdev_release(&f);
    return (void *)acc;
}

int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, app, &evdev0);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", evdev0.nr_clients, evdev0.next_id);
    return 0;
}
