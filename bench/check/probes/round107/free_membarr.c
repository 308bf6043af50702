/* TRUTH: free — A handed &s (int view) writes p[0] = s.hdr; B handed s.a writes p[0] = s.a[0] */
#include <pthread.h>
struct T { int hdr; int a[3]; } s;
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,&s); pthread_create(&t2,0,B,s.a);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
