/* TRUTH: free — same f writes p[0] and only reads p[1]; started with &g[0] and &g[2]: g[0],g[1] vs g[2],g[3] */
#include <pthread.h>
int g[4];
int sink[2];
void *f(void *a){ int *p = a; p[0] = 1; sink[p == g] = p[1]; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,f,&g[0]); pthread_create(&t2,0,f,&g[2]);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
