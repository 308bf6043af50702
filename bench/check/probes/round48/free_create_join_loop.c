/* TRUTH: free — each worker is joined before the next is created, so the x++ of successive instances are ordered */
#include <pthread.h>
int x;
void *w(void *a) { x++; return 0; }
int main(void) {
  for (int i = 0; i < 3; i++) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
  }
  return x;
}
