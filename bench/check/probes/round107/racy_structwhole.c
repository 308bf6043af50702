/* TRUTH: racy — A handed s.a writes p[1] (= s.a[1]); B handed &s writes p[0].a[1] (= s.a[1]) */
#include <pthread.h>
struct T { int a[2]; int b[2]; } s;
void *A(void *a){ int *p = a; p[1] = 1; return 0; }
void *B(void *a){ struct T *p = a; p[0].a[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,s.a); pthread_create(&t2,0,B,&s);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
