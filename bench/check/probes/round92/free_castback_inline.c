/* race-free: the thread is given &d.base and casts it back inline to struct D * to write
   data; main writes d.data only after the join. */
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
    pthread_join(t, 0);
    d.data = 2;
    return d.data;
}
