/* TRUTH: racy — same entry w via two distinct fn-pointer variables, two threads both x++ */
#include <pthread.h>
int x;
void *w(void *p){ x++; return 0; }
int main(void){ void *(*f1)(void*) = w; void *(*f2)(void*) = w; pthread_t a,b; pthread_create(&a,0,f1,0); pthread_create(&b,0,f2,0); pthread_join(a,0); pthread_join(b,0); return x; }
