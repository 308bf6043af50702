/* TRUTH: racy — thread A calls B() directly while B also runs as its own thread */
#include <pthread.h>
int x;
void *B(void *p){ x++; return 0; }
void *A(void *p){ B(p); return 0; }
int main(void){ pthread_t t,u; pthread_create(&t,0,A,0); pthread_create(&u,0,B,0); pthread_join(t,0); pthread_join(u,0); return x; }
