/* TRUTH: free — a seq_cst atomic_exchange spin lock guards every x++ in both threads */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int lk;
static void spin_lock(atomic_int *l) { while (atomic_exchange(l, 1)) ; }
static void spin_unlock(atomic_int *l) { atomic_store(l, 0); }
void *t(void *a) { spin_lock(&lk); x++; spin_unlock(&lk); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
