/* TRUTH: free — u.p.x is bytes 0..3 and u.arr[1] bytes 4..7 of the union: different locations, the two threads' writes do not conflict. */
#include <pthread.h>
static union { struct { int x, y; } p; int arr[2]; } u;
static void *ta(void *p) { (void)p; u.p.x = 5; return 0; }
static void *tb(void *p) { (void)p; u.arr[1] = 6; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return u.arr[1];
}
