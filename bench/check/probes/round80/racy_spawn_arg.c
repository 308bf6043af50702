/* TRUTH: racy — spawn() through fn pointer arg returns thread id; two inc threads overlap */
#include <pthread.h>
int x;
void *inc(void *p){ x++; return 0; }
pthread_t spawn(void *(*f)(void*)){ pthread_t t; pthread_create(&t,0,f,0); return t; }
int main(void){ pthread_t a = spawn(inc), b = spawn(inc); pthread_join(a,0); pthread_join(b,0); return x; }
