/* TRUTH: free — B's write to p[0] sits behind a condition on never_set, which nobody ever changes from 0 */
#include <pthread.h>
int g[4];
int never_set;
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; if (never_set) p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
