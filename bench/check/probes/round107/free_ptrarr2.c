/* TRUTH: free — rows[] = {g, g+2}: A writes p[0][1] (g[1]), B writes p[1][1] (g[3]) */
#include <pthread.h>
int g[4];
int *rows[2] = { g, g + 2 };
void *A(void *a){ int **p = a; p[0][1] = 1; return 0; }
void *B(void *a){ int **p = a; p[1][1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,rows); pthread_create(&t2,0,B,rows);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
