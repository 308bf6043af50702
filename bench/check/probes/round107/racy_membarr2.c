/* TRUTH: racy — struct {int a[2]; int b[2];} s: A handed s.b writes p[0] (= s.b[0]); B handed &s viewed as char* writes p[offsetof(b)] (first byte of s.b[0]) */
#include <pthread.h>
#include <stddef.h>
struct T { int a[2]; int b[2]; } s;
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ char *p = a; p[offsetof(struct T, b)] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,s.b); pthread_create(&t2,0,B,&s);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
