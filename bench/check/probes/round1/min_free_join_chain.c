/* TRUTH: free. t2 joins t1, main joins t2, then reads x: t1's write happens-before the
   read through the chain of joins. weft says definite. */
#include <pthread.h>
int x;
pthread_t h1;
void *t1(void *arg) { x = 1; return NULL; }
void *t2(void *arg) { pthread_join(h1, NULL); return NULL; }
int main(void) {
  pthread_t h2;
  pthread_create(&h1, NULL, t1, NULL);
  pthread_create(&h2, NULL, t2, NULL);
  pthread_join(h2, NULL);
  return x;
}
