/* TRUTH: free — each thread does x++ before creating the next one and joins it, so all x++ are totally ordered by create */
#include <pthread.h>
int x;
void *w(void *a) {
  long d = (long)a;
  x++;
  if (d < 3) {
    pthread_t n;
    pthread_create(&n, 0, w, (void *)(d + 1));
    pthread_join(n, 0);
  }
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_join(t, 0);
  return x;
}
