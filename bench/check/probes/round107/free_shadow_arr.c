/* TRUTH: free — A handed the global g; B handed main's own local array also named g; both write p[0] of different objects */
#include <pthread.h>
int g[4];
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
static void start_global(pthread_t *t){ pthread_create(t,0,A,g); }
int main(void){ pthread_t t1,t2; int g[4] = {0};
  start_global(&t1); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return g[0] != 2; }
