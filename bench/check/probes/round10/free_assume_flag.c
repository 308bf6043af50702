/* free: same spin-wait protocol but the flag is a C11 atomic (seq_cst), which
   gives release/acquire ordering for data. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int flag;
static int data;
static void *producer(void *a) { (void)a; data = 42; atomic_store(&flag, 1); return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, producer, 0);
    while (!atomic_load(&flag)) ;
    int v = data;
    pthread_join(t, 0);
    return v;
}
