/* TRUTH: free — A views s as int*: p[1] is s[0].y; B writes p[1].x (= s[1].x, int offset 2) */
#include <pthread.h>
struct S { int x, y; } s[2];
void *A(void *a){ int *p = a; p[1] = 1; return 0; }
void *B(void *a){ struct S *p = a; p[1].x = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,s); pthread_create(&t2,0,B,s);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
