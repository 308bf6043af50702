/* race-free: the thread goes back from &d.node to d with container_of and writes d.data
   under m; main writes d.data under m too. */
#include <pthread.h>
#include <stddef.h>
struct Node { int id; };
struct D { int data; struct Node node; };
static struct D d;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))
static void *worker(void *arg) {
    struct Node *n = arg;
    struct D *o = container_of(n, struct D, node);
    pthread_mutex_lock(&m);
    o->data = 1;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, &d.node);
    pthread_mutex_lock(&m);
    d.data = 2;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return d.data;
}
