/* TRUTH: free — the thread's id (its argument) is 0, so `if (id == 0) exit(0);` (line 7) always ends the program before x = 1 (line 8) runs; main's x = 2 has no concurrent conflicting access. */
#include <pthread.h>
#include <stdlib.h>
static int x;
static void *t1(void *p) {
  long id = (long)p;
  if (id == 0) exit(0);
  x = 1;
  return 0;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, t1, (void *)0L);
  x = 2;
  pthread_join(a, 0);
  return x;
}
