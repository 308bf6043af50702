/* TRUTH: free — both handed s, A writes p[0].x, B writes p[0].y; distinct fields */
#include <pthread.h>
struct S { int x, y; } s[2];
void *A(void *a){ struct S *p = a; p[0].x = 1; return 0; }
void *B(void *a){ struct S *p = a; p[0].y = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,s); pthread_create(&t2,0,B,s);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
