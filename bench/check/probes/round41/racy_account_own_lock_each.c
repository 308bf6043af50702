/* TRUTH: racy — each thread locks a DIFFERENT heap mutex (its own arg's m) but both update the same global total (line 8). */
#include <pthread.h>
#include <stdlib.h>
struct acct { pthread_mutex_t m; int bal; };
int total;
void *op(void *a) {
  struct acct *acc = a; pthread_mutex_lock(&acc->m);
  total += 5; acc->bal++;
  pthread_mutex_unlock(&acc->m); return 0; }
int main(void) { struct acct *x = malloc(sizeof *x), *y = malloc(sizeof *y); if (!x || !y) return 1;
  pthread_mutex_init(&x->m, 0); pthread_mutex_init(&y->m, 0); x->bal = y->bal = 0;
  pthread_t p, q; pthread_create(&p, 0, op, x); pthread_create(&q, 0, op, y);
  pthread_join(p, 0); pthread_join(q, 0); return total; }
