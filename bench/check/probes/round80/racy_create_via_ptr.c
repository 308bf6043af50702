/* TRUTH: racy — pthread_create called through a function pointer; main writes x concurrently */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; return 0; }
int main(void){ int (*pc)(pthread_t*, const pthread_attr_t*, void*(*)(void*), void*) = pthread_create;
 pthread_t t; pc(&t,0,w,0); x = 2; pthread_join(t,0); return 0; }
