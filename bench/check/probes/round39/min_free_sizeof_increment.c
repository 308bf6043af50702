/* TRUTH: free — the operand of sizeof is not evaluated (C11 6.5.3.4p2), so `sizeof(counter++)` writes nothing; both threads only read `counter` (plain read `counter + 0`). */
#include <pthread.h>
int counter;
int sink[2];
static void *t(void *p) {
  long id = (long)p;
  sink[id] = (int)sizeof(counter++) + counter;
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, (void *)0);
  pthread_create(&y, 0, t, (void *)1);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
