/* TRUTH: free — t2 joins t1 (handle stored by main before creating t2) before reading r1; main joins t2 before reading r2 */
#include <pthread.h>

pthread_t h1;
int r1, r2;

void *first(void *arg) {
  r1 = 5;
  return 0;
}

void *second(void *arg) {
  pthread_join(h1, 0);
  r2 = r1 * 2;
  r1 = 0;
  return 0;
}

int main(void) {
  pthread_t h2;
  pthread_create(&h1, 0, first, 0);
  pthread_create(&h2, 0, second, 0);
  pthread_join(h2, 0);
  return r1 + r2;
}
