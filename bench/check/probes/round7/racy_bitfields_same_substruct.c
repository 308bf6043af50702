/* TRUTH: racy. st.rx.ready and st.rx.err are adjacent bit-fields, one memory location, written concurrently by the two threads. */
#include <pthread.h>
#include <stdio.h>
struct chan { unsigned ready : 1; unsigned err : 1; };
struct status { struct chan rx; struct chan tx; };
static struct status st;

static void *rx_fn(void *p) { (void)p; st.rx.ready = 1; return NULL; }
static void *er_fn(void *p) { (void)p; st.rx.err = 1; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, rx_fn, NULL);
    pthread_create(&b, NULL, er_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", st.rx.ready, st.rx.err);
    return 0;
}
