/* TRUTH: free — ids 1 and 2 write m[1][0] and m[0][0], distinct */
#include <pthread.h>
int m[2][2];
void *w(void *p) { long k = (long)p; m[k & 1][0] += 1; return 0; }
int main(void) {
  pthread_t t[2];
  pthread_create(&t[0], 0, w, (void *)1);
  pthread_create(&t[1], 0, w, (void *)2);
  pthread_join(t[0], 0); pthread_join(t[1], 0);
  return m[1][0];
}
