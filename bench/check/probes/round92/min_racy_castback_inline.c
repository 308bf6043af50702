/* racy: the thread gets &d.base and writes ((struct D *)b)->data (an inline cast back to
   the whole object) while main writes d.data, before the join. */
#include <pthread.h>
struct Base { int kind; };
struct D { struct Base base; int data; };
static struct D d;
static void *worker(void *arg) { struct Base *b = arg; ((struct D *)b)->data = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, &d.base);
    d.data = 2;
    pthread_join(t, 0);
    return 0;
}
