/* TRUTH: free — thread's char p[1] is a byte of g[0]; main writes g[1]; checker reports a definite race on g[1] */
#include <pthread.h>
int g[2];
void *A(void *a){ char *p = a; p[1] = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,A,g); g[1] = 2; pthread_join(t,0); return 0; }
