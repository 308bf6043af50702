/* TRUTH: free — h takes spinlock s and ends holding it; with v == 3 main spins on s forever */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_spinlock_t s;
void *hold(void *a) { pthread_spin_lock(&s); return 0; }
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_spin_init(&s, 0);
  pthread_t h;
  pthread_create(&h, 0, hold, 0);
  pthread_join(h, 0);
  pthread_create(&id, 0, t, 0);
  if (v == 3) {
    pthread_spin_lock(&s);
    pthread_spin_unlock(&s);
  }
  if (v == 3) x++;
  pthread_join(id, 0);
  return 0;
}
