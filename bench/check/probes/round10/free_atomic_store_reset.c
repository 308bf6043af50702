/* free: a stats struct with _Atomic counters is reset with atomic_store by
   one thread while another atomically increments. */
#include <pthread.h>
#include <stdatomic.h>
struct stats { atomic_int rx; atomic_int tx; };
static struct stats st;
static void *inc(void *x) { (void)x; atomic_fetch_add(&st.rx, 1); return 0; }
static void *clr(void *x) { (void)x; atomic_store(&st.rx, 0); atomic_store(&st.tx, 0); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, inc, 0);
    pthread_create(&q, 0, clr, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return atomic_load(&st.rx);
}
