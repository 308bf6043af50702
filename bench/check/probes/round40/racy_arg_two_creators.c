/* TRUTH: racy — thread A created with id 0 writes g (line 7); thread B created with id 1 reads g (line 9); unordered. */
#include <pthread.h>
int g, r;
void *w(void *arg) {
  long id = (long)arg;
  if (id == 0)
    g = 1;
  else
    r = g;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0);
  pthread_create(&t2, 0, w, (void *)1);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
