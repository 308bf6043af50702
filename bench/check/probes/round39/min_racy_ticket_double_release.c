/* TRUTH: racy — a worker releases the ticket lock twice (fetch_add on now_serving twice): with tickets t, t+1, t+2 drawn, holder t's first release admits t+1 and its second admits t+2 while t+1 is still inside; their `balance += 1` race. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_uint next_ticket, now_serving;
static long balance;
static void lock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my)
    ;
}
static void unlock(void) { atomic_fetch_add(&now_serving, 1); }
static void *w(void *p) {
  (void)p;
  lock();
  balance += 1;
  unlock();
  unlock();
  return 0;
}
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_create(&c, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(c, 0);
  return 0;
}
