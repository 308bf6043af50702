/* racy: node is the second member of struct D; the thread gets &d.node and goes back to
   d with container_of arithmetic to write d.data while main writes d.data, no lock. */
#include <pthread.h>
#include <stddef.h>
struct Node { int id; };
struct D { int data; struct Node node; };
static struct D d;
#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))
static void *worker(void *arg) {
    struct Node *n = arg;
    struct D *o = container_of(n, struct D, node);
    o->data = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, &d.node);
    d.data = 2;
    pthread_join(t, 0);
    return d.data;
}
