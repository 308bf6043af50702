/* TRUTH: free — main's one local mutex is handed (by address) to both workers, which take it through lk/ulk around total++; main joins before returning */
#include <pthread.h>
struct ctx { pthread_mutex_t *mu; int add; };
static int total;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ulk(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *worker(void *p) { struct ctx *c = p; lk(c->mu); total += c->add; ulk(c->mu); return 0; }
int main(void) {
  pthread_mutex_t mu;
  pthread_mutex_init(&mu, 0);
  struct ctx c1 = { &mu, 1 }, c2 = { &mu, 2 };
  pthread_t a, b;
  pthread_create(&a, 0, worker, &c1); pthread_create(&b, 0, worker, &c2);
  pthread_join(a, 0); pthread_join(b, 0);
  pthread_mutex_destroy(&mu);
  return total;
}
