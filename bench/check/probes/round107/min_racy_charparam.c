/* TRUTH: racy — A writes byte 1 of g[0] (char view), B writes g[0]; checker takes char index 1 as int element 1 */
#include <pthread.h>
int g[2];
void *A(void *a){ char *p = a; p[1] = 1; return 0; }
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
