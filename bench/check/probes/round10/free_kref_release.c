/* free: kref-style object: each user holds a reference (taken by main
   before create); the payload is only read by users; release (free) runs in
   whichever thread drops the last reference via seq_cst fetch_sub. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct kref { atomic_int refcount; };
struct blob { struct kref ref; int size; char data[8]; };
static void blob_release(struct blob *b) { free(b); }
static void kref_put(struct blob *b) { if (atomic_fetch_sub(&b->ref.refcount, 1) == 1) blob_release(b); }
static void *user(void *a) { struct blob *b = a; int s = b->size + b->data[0]; kref_put(b); return (void *)(long)s; }
int main(void) {
    struct blob *b = malloc(sizeof *b);
    b->size = 8; b->data[0] = 'x';
    atomic_init(&b->ref.refcount, 3);
    pthread_t p, q;
    pthread_create(&p, 0, user, b);
    pthread_create(&q, 0, user, b);
    kref_put(b);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
