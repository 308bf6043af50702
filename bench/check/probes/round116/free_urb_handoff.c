/* TRUTH: free — the driver fills an URB it owns, hands it to the host-controller thread by enqueueing under hcd_lock, and never touches it again; the HCD completes it and hands it back the same way */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct urb {
    struct urb *next;
    int pipe;
    int len;
    unsigned char buf[32];
    int status;
    int actual;
};

static pthread_mutex_t hcd_lock = PTHREAD_MUTEX_INITIALIZER;
static struct urb *submit_q;
static struct urb *done_q;

static void usb_submit_urb(struct urb *u) {
    pthread_mutex_lock(&hcd_lock);
    u->next = submit_q;
    submit_q = u;
    pthread_mutex_unlock(&hcd_lock);
}

static struct urb *hcd_dequeue(void) {
    struct urb *u;
    pthread_mutex_lock(&hcd_lock);
    u = submit_q;
    if (u) submit_q = u->next;
    pthread_mutex_unlock(&hcd_lock);
    return u;
}

static void hcd_giveback(struct urb *u) {
    pthread_mutex_lock(&hcd_lock);
    u->next = done_q;
    done_q = u;
    pthread_mutex_unlock(&hcd_lock);
}

static struct urb *reap_urb(void) {
    struct urb *u;
    pthread_mutex_lock(&hcd_lock);
    u = done_q;
    if (u) done_q = u->next;
    pthread_mutex_unlock(&hcd_lock);
    return u;
}

#define NURBS 4
static void *hcd_thread(void *a) {
    (void)a;
    for (int n = 0; n < NURBS; ) {
        struct urb *u = hcd_dequeue();
        if (!u) { usleep(10); continue; }
        int s = 0;
        for (int i = 0; i < u->len; i++) s += u->buf[i];
        u->actual = u->len;
        u->status = s & 1;
        hcd_giveback(u);
        n++;
    }
    return NULL;
}

static void *driver_thread(void *a) {
    (void)a;
    long total = 0;
    for (int i = 0; i < NURBS; i++) {
        struct urb *u = calloc(1, sizeof(*u));
        if (!u) return NULL;
        u->pipe = 0x81;
        u->len = 16 + i;
        for (int k = 0; k < u->len; k++) u->buf[k] = (unsigned char)(k + i);
        usb_submit_urb(u);
    }
    for (int n = 0; n < NURBS; ) {
        struct urb *u = reap_urb();
        if (!u) { usleep(10); continue; }
        total += u->actual + u->status;
        free(u);
        n++;
    }
    return (void *)total;
}

int main(void) {
    pthread_t h, d;
    void *r;
    pthread_create(&h, NULL, hcd_thread, NULL);
    pthread_create(&d, NULL, driver_thread, NULL);
    pthread_join(d, &r);
    pthread_join(h, NULL);
    printf("%ld\n", (long)r);
    return 0;
}
