/* TRUTH: free — __alignof__ / sizeof on expressions involving g do not evaluate them */
#include <pthread.h>
#include <stdio.h>
struct S { int a; double d; } s;
void *t(void *a) { return (void *)(sizeof(s.a = 1) + __alignof__(s.d = 2.0)); }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  s.a = 4; s.d = 1.5;
  pthread_join(th, 0); printf("%d\n", s.a); return 0;
}
