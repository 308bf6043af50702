/* TRUTH: free. Ticket lock (fetch_add for the ticket, spin on now_serving). */
#include <pthread.h>
#include <stdatomic.h>
atomic_uint next_ticket, now_serving;
long balance;
static void lock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my) ;
}
static void unlock(void) { atomic_fetch_add(&now_serving, 1); }
void *worker(void *arg) { for (int i = 0; i < 10; i++) { lock(); balance += 10; unlock(); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  lock(); balance -= 1; unlock();
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return (int)balance;
}
