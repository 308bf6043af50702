/* TRUTH: racy — workers get 1 and 257 and index with `(unsigned char)(long)arg`: both write slot[1]. */
#include <pthread.h>
static int slot[256];
static void *w(void *p) {
  unsigned char id = (unsigned char)(long)p;
  slot[id] = 1;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, (void *)1);
  pthread_create(&b, 0, w, (void *)257);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return slot[1];
}
