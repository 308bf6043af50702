/* TRUTH: racy — main pthread_exits; A creates B, both write x concurrently */
#include <pthread.h>
int x;
void *B(void *p){ x = 1; return 0; }
void *A(void *p){ pthread_t t; pthread_create(&t,0,B,0); x = 2; return 0; }
int main(void){ pthread_t a; pthread_create(&a,0,A,0); pthread_exit(0); }
