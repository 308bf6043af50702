/* TRUTH: free — A joins grandchild C before returning; main joins A then writes g */
#include <pthread.h>
int g;
void *c(void *a) { g = 1; return 0; }
void *wa(void *a) { pthread_t t; pthread_create(&t, 0, c, 0); pthread_join(t, 0); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, wa, 0);
  pthread_join(t, 0);
  g = 2;
  return g;
}
