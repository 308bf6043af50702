/* TRUTH: free — u.s.x is at offset 0 and u.arr[1] at offset 4: distinct memory locations */
#include <pthread.h>
#include <stdio.h>
union U { struct { int x, y; } s; int arr[2]; } u;
void *t1(void *a) { u.s.x = 1; return 0; }
void *t2(void *a) { u.arr[1] = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d %d\n", u.s.x, u.s.y); return 0;
}
