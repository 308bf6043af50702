/* TRUTH: racy — thread's char p[1] is inside g[0], which main writes before join; checker compares element 1 vs g[0] */
#include <pthread.h>
int g[2];
void *A(void *a){ char *p = a; p[1] = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,A,g); g[0] = 2; pthread_join(t,0); return 0; }
