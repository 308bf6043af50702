/* TRUTH: racy — main writes x (line 8) AFTER its barrier wait, concurrently with the thread's post-barrier write (line 4). */
#include <pthread.h>
pthread_barrier_t b; int x;
void *w(void *a) { pthread_barrier_wait(&b); x = 2; return 0; }
int main(void) { pthread_t t;
  pthread_barrier_init(&b, 0, 2);
  pthread_create(&t, 0, w, 0);
  pthread_barrier_wait(&b); x = 1;
  pthread_join(t, 0); return x; }
