/* TRUTH: racy — handle t is reused: first w instance is never joined, second create starts another; both write g (line 4) concurrently. */
#include <pthread.h>
int g;
void *w(void *a) { g = (int)(long)a; return 0; }
int main(void) { pthread_t t;
  pthread_create(&t, 0, w, (void *)1);
  pthread_create(&t, 0, w, (void *)2);
  pthread_join(t, 0); return 0; }
