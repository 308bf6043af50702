/* TRUTH: free — s1.a and s2.a are different objects; f writes p[1] of each */
#include <pthread.h>
struct T { int a[2]; } s1, s2;
void *f(void *a){ int *p = a; p[1] = 1; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,f,s1.a); pthread_create(&t2,0,f,s2.a);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
