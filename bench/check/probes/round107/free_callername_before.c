/* TRUTH: free — main writes g[1] before creating the thread (create orders it); thread reads p[1] */
#include <pthread.h>
int g[4];
int r;
void *f(void *a){ int *p = a; r = p[1]; return 0; }
int main(void){ pthread_t t; g[1] = 5; pthread_create(&t,0,f,g);
  pthread_join(t,0); return r != 5; }
