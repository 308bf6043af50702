/* racy: thread B assigns the whole struct s (writing s.a too) while thread A updates s.a */
#include <pthread.h>
struct S { int a; short b; char c; } s;
void *A(void *p) { (void)p; for (int i = 0; i < 5; i++) s.a += i; return NULL; }
void *B(void *p) { (void)p; struct S t = { 0, -5, 'x' }; s = t; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, A, NULL);
  pthread_create(&y, NULL, B, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return s.a;
}
