/* TRUTH: free. t2 joins t1 (handle in a global, stored before t2 exists) before writing
   `x`; t1 wrote x. main does not touch x until both are joined. */
#include <pthread.h>
int x;
pthread_t t1h;
void *t1(void *arg) { x = 1; return NULL; }
void *t2(void *arg) { pthread_join(t1h, NULL); x = 2; return NULL; }
int main(void) {
  pthread_t b;
  pthread_create(&t1h, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(b, NULL);
  return x;
}
