/* TRUTH: racy — handle t reused for second create; first writer thread never joined; its write of g races with main's write */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
void *v(void *a) { return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_create(&t, 0, v, 0);
  pthread_join(t, 0);
  g = 2;
  return g;
}
