/* TRUTH: free — for(;;){ if (atomic_load(&ready)) break; } is an acquire spin; data is read only after it and main writes data before the seq_cst store */
#include <pthread.h>
#include <stdatomic.h>
int data; atomic_int ready; int out;
void *t(void *a) { for (;;) { if (atomic_load(&ready)) break; } out = data; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  data = 5;
  atomic_store(&ready, 1);
  pthread_join(th, 0);
  return out;
}
