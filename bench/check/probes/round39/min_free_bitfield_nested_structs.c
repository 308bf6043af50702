/* TRUTH: free — `p.x.a` and `p.y.b` are bit-fields of two different member structs, not adjacent bit-fields of one sequence: separate memory locations (C11 3.14, cf. its example `struct {int ee:8;} e`). */
#include <pthread.h>
struct pair {
  struct { unsigned a : 3; } x;
  struct { unsigned b : 3; } y;
} p;
static void *ta(void *v) { (void)v; p.x.a = 5; return 0; }
static void *tb(void *v) { (void)v; p.y.b = 6; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
