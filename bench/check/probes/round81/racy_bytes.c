/* TRUTH: racy — worker writes whole int x, main writes byte 1 of x via char* (overlap) */
#include <pthread.h>
int x;
void *w(void *p) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  ((char *)&x)[1] = 2;
  pthread_join(t, 0);
  return x;
}
