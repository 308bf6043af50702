/* free: message passing with release store / acquire load of the flag. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int flag;
static int data;
static void *prod(void *x) { (void)x; data = 1; atomic_store_explicit(&flag, 1, memory_order_release); return 0; }
static void *cons(void *x) {
    (void)x;
    while (atomic_load_explicit(&flag, memory_order_acquire) == 0) ;
    return (void *)(long)data;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, prod, 0);
    pthread_create(&q, 0, cons, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
