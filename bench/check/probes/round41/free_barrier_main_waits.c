/* TRUTH: free — barrier of count 2 shared by main and one thread: main writes x (line 8) before its wait, the thread writes x (line 4) after its wait. */
#include <pthread.h>
pthread_barrier_t b; int x;
void *w(void *a) { pthread_barrier_wait(&b); x = 2; return 0; }
int main(void) { pthread_t t;
  pthread_barrier_init(&b, 0, 2);
  pthread_create(&t, 0, w, 0);
  x = 1; pthread_barrier_wait(&b);
  pthread_join(t, 0); return x; }
