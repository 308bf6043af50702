/* TRUTH: free — main writes x only after join */
#include <pthread.h>
#include <stdint.h>
int x;
uintptr_t addr;
void *w(void *a) { int *p = (int *)addr; *p = 1; return 0; }
int main(void) {
  pthread_t t;
  addr = (uintptr_t)&x;
  pthread_create(&t, 0, w, 0);
  pthread_join(t, 0);
  x = 2;
  return x;
}
