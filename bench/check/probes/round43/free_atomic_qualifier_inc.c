/* TRUTH: free — visits is _Atomic, so visits++ and visits += 2 are atomic read-modify-writes */
#include <pthread.h>
_Atomic int visits;
void *f1(void *a) { visits++; return 0; }
void *f2(void *a) { visits += 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  visits = visits + 0 * 1;
  pthread_join(x, 0); pthread_join(y, 0);
  return visits;
}
