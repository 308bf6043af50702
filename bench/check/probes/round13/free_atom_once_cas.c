/* race-free: CAS 0->1 elects one initializer; it writes table then stores state=2 (release); others spin until acquire-load sees 2 */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
atomic_int state;
int table[8];
static void init_once(void) {
  int e = 0;
  if (atomic_compare_exchange_strong(&state, &e, 1)) {
    for (int i = 0; i < 8; i++) table[i] = i * i;
    atomic_store_explicit(&state, 2, memory_order_release);
  } else {
    while (atomic_load_explicit(&state, memory_order_acquire) != 2) ;
  }
}
void *w(void *p) { (void)p; init_once(); assert(table[3] == 9); return NULL; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
