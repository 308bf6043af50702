/* TRUTH: free — long id keeps 256 vs 0: only the thread with arg 0 writes g (line 7); main reads after joins. */
#include <pthread.h>
int g;
void *w(void *arg) {
  long id = (long)arg;
  if (id == 0)
    g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)256L);
  pthread_create(&t2, 0, w, (void *)0L);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return g;
}
