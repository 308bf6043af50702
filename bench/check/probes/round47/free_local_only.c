/* TRUTH: free — threads compute only on stack locals and their by-value argument; nothing shared is written */
#include <pthread.h>
#include <stdint.h>
void *fib(void *arg) {
  int n = (int)(intptr_t)arg, a = 0, b = 1, i, t;
  for (i = 0; i < n; i++) { t = a + b; a = b; b = t; }
  return (void *)(intptr_t)a;
}
int main(void) {
  pthread_t x, y;
  void *rx, *ry;
  pthread_create(&x, 0, fib, (void *)(intptr_t)10);
  pthread_create(&y, 0, fib, (void *)(intptr_t)12);
  pthread_join(x, &rx);
  pthread_join(y, &ry);
  return (intptr_t)rx + (intptr_t)ry == 199 ? 0 : 1;
}
