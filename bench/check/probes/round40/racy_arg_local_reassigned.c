/* TRUTH: racy — both threads get arg 1; id = 1 then id-- gives 0, so both write g = 1 (line 8) unsynchronized. */
#include <pthread.h>
int g;
void *w(void *arg) {
  long id = (long)arg;
  id--;
  if (id == 0)
    g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1L);
  pthread_create(&t2, 0, w, (void *)1L);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
