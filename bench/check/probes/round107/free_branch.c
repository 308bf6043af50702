/* TRUTH: free — mode==1 so A writes g[1]; B writes p[0] = g[0]; distinct */
#include <pthread.h>
int g[4];
int mode;
void *A(void *a){ int *p = a; if (mode) p = p + 1; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; if (!mode) p[1] = 2; else p[0] = 2; return 0; }
int main(int argc, char **argv){ (void)argv; mode = (argc > 0); pthread_t t1,t2;
  pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
