/* TRUTH: free — same f started twice through variable q, first q = g then q = g + 1; writes g[0] and g[1] */
#include <pthread.h>
int g[4];
void *f(void *a){ int *p = a; p[0] = 1; return 0; }
int main(void){ pthread_t t1,t2; int *q = g;
  pthread_create(&t1,0,f,q); q = g + 1; pthread_create(&t2,0,f,q);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
