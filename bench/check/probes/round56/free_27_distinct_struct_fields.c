/* TRUTH: free — thread A writes st.rx_count and thread B writes st.tx_count; these are distinct (non-bit-field) members, i.e. distinct memory locations; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

struct link_stats { long rx_count; long tx_count; };
static struct link_stats st;

static void *rx(void *arg) { (void)arg; for (int i = 0; i < 100; i++) st.rx_count++; return NULL; }
static void *tx(void *arg) { (void)arg; for (int i = 0; i < 50; i++) st.tx_count += 2; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, rx, NULL);
    pthread_create(&b, NULL, tx, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", st.rx_count, st.tx_count);
    return 0;
}
