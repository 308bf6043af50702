/* TRUTH: free — w writes n (line 5) only after pthread_spin_trylock returned 0; the loop retries until it does; both instances hold sl. */
#include <pthread.h>
pthread_spinlock_t sl; int n;
void *w(void *a) { while (pthread_spin_trylock(&sl) != 0) ;
  n++; pthread_spin_unlock(&sl); return 0; }
int main(void) { pthread_t p, q; pthread_spin_init(&sl, 0);
  pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0);
  pthread_join(p, 0); pthread_join(q, 0); return n; }
