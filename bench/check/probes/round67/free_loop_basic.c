/* TRUTH: free — each pass creates and joins t before the next, instances never overlap */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_join(t,0);} x++; return x; }
