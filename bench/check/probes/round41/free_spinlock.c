/* TRUTH: free — both instances increment n (line 5) while holding the spin lock sl. */
#include <pthread.h>
pthread_spinlock_t sl; int n;
void *w(void *a) {
  pthread_spin_lock(&sl); n++; pthread_spin_unlock(&sl); return 0; }
int main(void) { pthread_t p, q; pthread_spin_init(&sl, 0);
  pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0);
  pthread_join(p, 0); pthread_join(q, 0); return n; }
