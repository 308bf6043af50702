/* TRUTH: free. st.rx.ready and st.tx.ready are bit-fields of two different struct members, hence different memory locations; each is written by one thread. */
#include <pthread.h>
#include <stdio.h>
struct chan { unsigned ready : 1; unsigned err : 1; };
struct status { struct chan rx; struct chan tx; };
static struct status st;

static void *rx_fn(void *p) { (void)p; st.rx.ready = 1; return NULL; }
static void *tx_fn(void *p) { (void)p; st.tx.ready = 1; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, rx_fn, NULL);
    pthread_create(&b, NULL, tx_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", st.rx.ready, st.tx.ready);
    return 0;
}
