/* racy: the thread is given &d.base and casts it back inline to struct D * to write
   data; main writes d.data at the same time, no lock, before the join. */
#include <pthread.h>
struct Base { int kind; };
struct D { struct Base base; int data; };
static struct D d;
static void *worker(void *arg) {
    struct Base *b = arg;
    ((struct D *)b)->data = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, &d.base);
    d.data = 2;
    pthread_join(t, 0);
    return d.data;
}
