/* TRUTH: free — u.c.a is byte 0 and u.d.y byte 1 of the union (two char members of two overlapping structs): distinct memory locations. */
#include <pthread.h>
static union { struct { char a, b; } c; struct { char x; char y; } d; } u;
static void *ta(void *p) { (void)p; u.c.a = 5; return 0; }
static void *tb(void *p) { (void)p; u.d.y = 6; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return u.d.y;
}
