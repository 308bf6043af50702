/* TRUTH: racy. setenv in one thread while another calls getenv (environment is shared
   unsynchronized state). */
#include <pthread.h>
#include <stdlib.h>
void *setter(void *arg) { setenv("WEFT_X", "1", 1); return NULL; }
void *getter(void *arg) { return getenv("WEFT_X"); }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, setter, NULL);
  pthread_create(&b, NULL, getter, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
