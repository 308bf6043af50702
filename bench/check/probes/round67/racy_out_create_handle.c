/* TRUTH: racy — two threads pthread_create into the same global handle */
#include <pthread.h>
pthread_t shared;
void *g(void *a){ return 0; }
void *f(void *a){ pthread_create(&shared,0,g,0); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return 0; }
