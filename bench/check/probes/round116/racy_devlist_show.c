/* TRUTH: racy — the sysfs 'devices' show routine walks the global device list without devlist_lock while hotplug probe links new devices in under the lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct list_head { struct list_head *next, *prev; };
#define LIST_HEAD_INIT(n) { &(n), &(n) }
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - __builtin_offsetof(type, member)))

static void list_add_tail(struct list_head *n, struct list_head *h) {
    n->prev = h->prev; n->next = h;
    h->prev->next = n; h->prev = n;
}

struct usb_dev { int devnum; struct list_head node; };

static struct list_head devlist = LIST_HEAD_INIT(devlist);
static pthread_mutex_t devlist_lock = PTHREAD_MUTEX_INITIALIZER;
static struct usb_dev pool[8];

static void usb_probe(int n) {
    struct usb_dev *u = &pool[n];
    u->devnum = n + 1;
    pthread_mutex_lock(&devlist_lock);
    list_add_tail(&u->node, &devlist);
    pthread_mutex_unlock(&devlist_lock);
}

static int devices_show(char *buf, int len) {
    int off = 0;
    for (struct list_head *p = devlist.next; p != &devlist; p = p->next) {
        struct usb_dev *u = container_of(p, struct usb_dev, node);
        off += snprintf(buf + off, (size_t)(len - off), "%d ", u->devnum);
        if (off >= len - 4) break;
    }
    return off;
}

static void *hub_thread(void *a) { (void)a; for (int i = 0; i < 8; i++) { usb_probe(i); usleep(50); } return NULL; }
static void *cat_thread(void *a) {
    char buf[128];
    (void)a;
    for (int i = 0; i < 8; i++) { devices_show(buf, sizeof buf); usleep(50); }
    return NULL;
}

int main(void) {
    pthread_t h, c;
    pthread_create(&h, NULL, hub_thread, NULL);
    pthread_create(&c, NULL, cat_thread, NULL);
    pthread_join(h, NULL);
    pthread_join(c, NULL);
    char buf[128];
    printf("%d\n", devices_show(buf, sizeof buf));
    return 0;
}
