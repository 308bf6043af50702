/* TRUTH: racy — the spin lock is released before n++ (line 5) in both instances. */
#include <pthread.h>
pthread_spinlock_t sl; int n;
void *w(void *a) {
  pthread_spin_lock(&sl); pthread_spin_unlock(&sl); n++; return 0; }
int main(void) { pthread_t p, q; pthread_spin_init(&sl, 0);
  pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0);
  pthread_join(p, 0); pthread_join(q, 0); return n; }
