/* TRUTH: racy — int view p[1] of struct array s is s[0].y, which B writes; checker maps int index 1 to struct element s[1] */
#include <pthread.h>
struct S { int x, y; } s[2];
void *A(void *a){ int *p = a; p[1] = 1; return 0; }
void *B(void *a){ struct S *p = a; p[0].y = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,s); pthread_create(&t2,0,B,s);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
