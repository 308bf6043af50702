/* TRUTH: free — atomic refcount with acq_rel fetch_sub; only the thread that drops the last reference reads and frees the object */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
typedef struct blob {
    atomic_int refs;
    int len;
    int data[16];
} blob_t;
static blob_t *blob_new(void) {
    blob_t *b = malloc(sizeof *b);
    atomic_init(&b->refs, 1);
    b->len = 16;
    for (int i = 0; i < 16; i++) b->data[i] = i;
    return b;
}
static void blob_ref(blob_t *b) { atomic_fetch_add_explicit(&b->refs, 1, memory_order_relaxed); }
static void blob_unref(blob_t *b) {
    if (atomic_fetch_sub_explicit(&b->refs, 1, memory_order_acq_rel) == 1) {
        b->len = 0;
        free(b);
    }
}
static void *user(void *arg) {
    blob_t *b = arg;
    int s = 0;
    for (int i = 0; i < b->len; i++) s += b->data[i];
    blob_unref(b);
    return (void *)(long)s;
}
int main(void) {
    blob_t *b = blob_new();
    pthread_t t[3];
    for (int i = 0; i < 3; i++) {
        blob_ref(b);
        pthread_create(&t[i], NULL, user, b);
    }
    blob_unref(b);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    puts("done");
    return 0;
}
