/* TRUTH: free — if create fails main returns early; otherwise joins before writing */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; return 0; }
int main(void){ pthread_t t; if (pthread_create(&t,0,w,0) != 0) return 1; pthread_join(t,0); x = 2; return 0; }
