/* TRUTH: free — the shared struct's mutable fields are all _Atomic; the plain name field is written before pthread_create only */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
struct conn {
    char name[16];
    _Atomic int state;
    _Atomic long rx, tx;
};
static void *io(void *arg) {
    struct conn *c = arg;
    for (int i = 0; i < 100; i++) {
        atomic_fetch_add(&c->rx, 10);
        atomic_fetch_add(&c->tx, 3);
    }
    atomic_store(&c->state, 2);
    return (void *)(long)c->name[0];
}
static void *watch(void *arg) {
    struct conn *c = arg;
    long seen = 0;
    while (atomic_load(&c->state) != 2) seen = atomic_load(&c->rx);
    return (void *)seen;
}
int main(void) {
    struct conn c;
    strcpy(c.name, "eth0");
    atomic_init(&c.state, 1);
    atomic_init(&c.rx, 0);
    atomic_init(&c.tx, 0);
    pthread_t a, b;
    pthread_create(&a, NULL, io, &c);
    pthread_create(&b, NULL, watch, &c);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return (int)(atomic_load(&c.rx) + atomic_load(&c.tx)) & 1;
}
