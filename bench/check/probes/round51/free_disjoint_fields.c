/* TRUTH: free — the two threads write different non-bitfield members of the same struct, which are distinct memory locations */
#include <pthread.h>
struct stats { int rx; int tx; } st;
void *rx_thread(void *a) { for (int i = 0; i < 5; i++) st.rx++; return 0; }
void *tx_thread(void *a) { for (int i = 0; i < 7; i++) st.tx++; return 0; }
int main(void)
{
  pthread_t r, t;
  pthread_create(&r, 0, rx_thread, 0);
  pthread_create(&t, 0, tx_thread, 0);
  pthread_join(r, 0);
  pthread_join(t, 0);
  return st.rx + st.tx != 12;
}
