/* TRUTH: racy — thread's char p[4] is the first byte of g[1], which main writes before join; checker compares element 4 vs g[1] */
#include <pthread.h>
int g[2];
void *A(void *a){ char *p = a; p[4] = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,A,g); g[1] = 2; pthread_join(t,0); return 0; }
