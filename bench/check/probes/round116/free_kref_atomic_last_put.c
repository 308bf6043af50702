/* TRUTH: free — users bump per-user slots they own, drop the atomic kref with acq_rel ordering, and only the thread that drops the last reference reads all slots in the release callback */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

#define NUSERS 3
struct kref { atomic_int refcount; };

struct hid_dev {
    struct kref kref;
    unsigned long reports[NUSERS];
    unsigned long final_total;
};

static struct hid_dev hdev;

static void hid_release(struct hid_dev *h) {
    unsigned long t = 0;
    for (int i = 0; i < NUSERS; i++) t += h->reports[i];
    h->final_total = t;
}

static void kref_put(struct hid_dev *h) {
    if (atomic_fetch_sub_explicit(&h->kref.refcount, 1, memory_order_acq_rel) == 1)
        hid_release(h);
}

struct user_ctx { struct hid_dev *h; int slot; };

static void *hid_user(void *arg) {
    struct user_ctx *u = arg;
    for (int i = 0; i < 10 + u->slot; i++) { u->h->reports[u->slot]++; usleep(10); }
    kref_put(u->h);
    return NULL;
}

int main(void) {
    pthread_t t[NUSERS];
    struct user_ctx ctx[NUSERS];
    atomic_init(&hdev.kref.refcount, NUSERS);
    for (int i = 0; i < NUSERS; i++) {
        ctx[i].h = &hdev;
        ctx[i].slot = i;
        pthread_create(&t[i], NULL, hid_user, &ctx[i]);
    }
    for (int i = 0; i < NUSERS; i++) pthread_join(t[i], NULL);
    printf("%lu\n", hdev.final_total);
    return 0;
}
