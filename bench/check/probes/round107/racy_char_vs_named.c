/* TRUTH: racy — thread views int g[4] as char*: p[4] is the first byte of g[1]; main writes g[1] before joining */
#include <pthread.h>
_Static_assert(sizeof(int) == 4, "int");
int g[4];
void *A(void *a){ char *p = a; p[4] = 1; return 0; }
int main(void){ pthread_t t1; pthread_create(&t1,0,A,g); g[1] = 2;
  pthread_join(t1,0); return 0; }
