/* TRUTH: racy — int id = (long)arg converts 0x100000000 to int implicitly (gcc: 0), so both threads (args 0x100000000 and 0) take id == 0 and write g (line 7). */
#include <pthread.h>
int g;
void *w(void *arg) {
  int id = (long)arg;
  if (id == 0)
    g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0x100000000L);
  pthread_create(&t2, 0, w, (void *)0L);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
