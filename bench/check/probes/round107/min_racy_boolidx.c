/* TRUTH: racy — p[(_Bool)5] is p[1]; checker folds the index to 5 and calls it disjoint from p[1] */
#include <pthread.h>
int g[2];
void *A(void *a){ int *p = a; p[(_Bool)5] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
