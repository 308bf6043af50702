/* TRUTH: racy — mode==1 at run time so A advances p to g+1 and writes g[1]; B writes p[1] = g[1] */
#include <pthread.h>
int g[4];
int mode;
void *A(void *a){ int *p = a; if (mode) p = p + 1; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(int argc, char **argv){ (void)argv; mode = (argc > 0); pthread_t t1,t2;
  pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
