/* TRUTH: free — arr[0].a and arr[1].a are different arrays; f writes p[1] of each */
#include <pthread.h>
struct T { int a[2]; } arr[2];
void *f(void *a){ int *p = a; p[1] = 1; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,f,arr[0].a); pthread_create(&t2,0,f,arr[1].a);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
