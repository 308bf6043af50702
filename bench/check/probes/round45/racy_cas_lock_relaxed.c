/* TRUTH: racy — the CAS lock and its unlock store are both memory_order_relaxed, so they do not order total's accesses */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int owner;
int total;
static void lock(void){ int e; do { e = 0; } while (!atomic_compare_exchange_weak_explicit(&owner, &e, 1, memory_order_relaxed, memory_order_relaxed)); }
static void unlock(void){ atomic_store_explicit(&owner, 0, memory_order_relaxed); }
void *w(void *x){ for (int i = 0; i < 100; i++) { lock(); total += 2; unlock(); } return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return total;
}
