/* racy: thread B writes s.a through an int* obtained by casting &s (first member), racing with A's s.a updates */
#include <pthread.h>
struct S { int a; short b; char c; } s;
void *A(void *p) { (void)p; for (int i = 0; i < 5; i++) s.a += i; return NULL; }
void *B(void *p) { (void)p; int *first = (int *)&s; *first = -1; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, A, NULL);
  pthread_create(&y, NULL, B, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return s.a;
}
