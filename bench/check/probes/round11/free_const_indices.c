// free: t1 writes arr[0].x and m[0][1]; t2 writes arr[1].x and m[1][0]: distinct elements.
#include <pthread.h>
struct e { int x, y; } arr[2];
int m[2][2];
void *t1(void *p) { arr[0].x = 1; m[0][1] = 1; return 0; }
void *t2(void *p) { arr[1].x = 2; m[1][0] = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return arr[0].x + m[1][0];
}
