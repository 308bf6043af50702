/* race-free: parent creates child, joins it, then writes x; main joins parent before reading x */
#include <pthread.h>
#include <assert.h>
int x;
void *child(void *p) { (void)p; x = 1; return NULL; }
void *parent(void *p) {
  (void)p;
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  pthread_join(c, NULL);
  x = x + 1;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, parent, NULL);
  pthread_join(t, NULL);
  assert(x == 2);
  return 0;
}
