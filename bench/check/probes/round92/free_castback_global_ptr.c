/* race-free: global pointer gb = &d.base; a thread casts it back to struct D * and writes
   data; main writes d.base.kind, different bytes, no lock needed. */
#include <pthread.h>
struct Base { int kind; };
struct D { struct Base base; int data; };
static struct D d;
static struct Base *gb = &d.base;
static void *worker(void *arg) {
    (void)arg;
    struct D *o = (struct D *)gb;
    o->data = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    d.base.kind = 2;
    pthread_join(t, 0);
    return d.data;
}
