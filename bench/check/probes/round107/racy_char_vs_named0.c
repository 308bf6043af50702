/* TRUTH: racy — thread views int g[4] as char*: p[1] is a byte of g[0]; main writes g[0] before joining */
#include <pthread.h>
int g[4];
void *A(void *a){ char *p = a; p[1] = 1; return 0; }
int main(void){ pthread_t t1; pthread_create(&t1,0,A,g); g[0] = 2;
  pthread_join(t1,0); return 0; }
