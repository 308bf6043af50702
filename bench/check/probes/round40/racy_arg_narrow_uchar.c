/* TRUTH: racy — unsigned char id = (unsigned char)(long)arg: 256 becomes 0, so both threads (args 256 and 0) write g (line 7). */
#include <pthread.h>
int g;
void *w(void *arg) {
  unsigned char id = (unsigned char)(long)arg;
  if (id == 0)
    g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)256L);
  pthread_create(&t2, 0, w, (void *)0L);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
