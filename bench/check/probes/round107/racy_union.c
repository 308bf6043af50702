/* TRUTH: racy — union {int a[2]; int b[2];} u: A handed u.a, B handed u.b; both write p[1], same memory */
#include <pthread.h>
union U { int a[2]; int b[2]; } u;
void *A(void *a){ int *p = a; p[1] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,u.a); pthread_create(&t2,0,B,u.b);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
