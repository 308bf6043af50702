/* racy: losers of the CAS only wait while state==0... i.e. they proceed once state is 1, reading table while the winner still writes it */
#include <pthread.h>
#include <stdatomic.h>
atomic_int state;
int table[8];
int seen[3];
static void init_once(void) {
  int e = 0;
  if (atomic_compare_exchange_strong(&state, &e, 1)) {
    for (int i = 0; i < 8; i++) table[i] = i * i;
    atomic_store_explicit(&state, 2, memory_order_release);
  } else {
    while (atomic_load_explicit(&state, memory_order_acquire) == 0) ;
  }
}
void *w(void *p) { init_once(); seen[(long)p] = table[3]; return NULL; }
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return seen[0];
}
